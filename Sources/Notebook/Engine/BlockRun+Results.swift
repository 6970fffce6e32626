import NeuralNet
import NotebookLanguage

// evaluate, predict, table: how models do on a dataset.

extension BlockRun {
    mutating func evaluate(_ spec: EvaluateSpec, at location: SourceLocation) throws(RunFailure) -> SessionValue {
        let model = try models(spec.model)[0]
        let name = spec.model.description
        let data = try dataset(spec.dataset)
        let evaluation = try Self.evaluation(of: model, on: data, names: (name, spec.dataset), at: location)
        emit(.table(ModelTables.evaluation(evaluation, model: name, dataset: spec.dataset, words: words)))
        emit(.table(ModelTables.confusion(evaluation, model: name, dataset: spec.dataset, words: words)))
        return .evaluation(evaluation)
    }

    mutating func predict(_ spec: PredictSpec, at location: SourceLocation) throws(RunFailure) {
        let model = try models(spec.model)[0]
        let name = spec.model.description
        let data = try dataset(spec.dataset)
        try Self.checkFits(model, data, names: (name, spec.dataset), at: location)
        emit(.table(ModelTables.predictions(model, on: data, caption: words.fill(words.predictionsCaption, name, spec.dataset),
                                                words: words)))
    }

    /// One row per model; with a dataset per model (`on [a, b]`, or each on its training data),
    /// a column saying which.
    mutating func table(_ spec: TableSpec, at location: SourceLocation) throws(RunFailure) {
        var rows: [(model: TrainedModel, evaluation: Evaluation, dataset: String)] = []
        for entry in spec.entries {
            let data = try dataset(entry.dataset)
            let name = entry.model.description
            for model in try models(entry.model) {
                var labelled = model
                if spec.entries.count > 1, isSweep(entry.model) { labelled.label = "\(name) \(model.label)" }
                let evaluation = try Self.evaluation(of: model, on: data, names: (name, entry.dataset), at: location)
                rows.append((labelled, evaluation, entry.dataset))
            }
        }
        emit(.table(ModelTables.comparison(rows, dataset: spec.sharedDataset, words: words)))
    }

    /// Accuracy, loss and confusion matrix; a runtime error if the sizes differ (CSV data).
    static func evaluation(of model: TrainedModel, on data: Dataset, names: (model: String, dataset: String),
                           at location: SourceLocation) throws(RunFailure) -> Evaluation {
        try checkFits(model, data, names: names, at: location)
        let network = model.network
        do throws(NeuralNetError) {
            try model.loss.checkCompatible(withOutput: network.layers[network.layers.count - 1].activation)
            // One forward pass, a batch at a time, for the classes and the loss.
            let (predicted, loss) = network.evaluation(on: data, loss: model.loss)
            let correct = zip(predicted, data.labels).filter { $0 == $1 }.count
            let confusion = network.confusionMatrix(of: predicted, on: data)
            var classNames = data.classNames
            while classNames.count < confusion.count { classNames.append(String(classNames.count)) }
            return Evaluation(correct: correct, count: data.count, loss: loss, confusion: confusion,
                              classNames: classNames)
        } catch {
            throw .error(at: location, error.description)
        }
    }

    static func checkFits(_ model: TrainedModel, _ data: Dataset, names: (model: String, dataset: String),
                          at location: SourceLocation) throws(RunFailure) {
        do throws(NeuralNetError) {
            try model.network.checkFits(data)
        } catch {
            throw .error(at: location, "'\(names.model)' cannot be used on '\(names.dataset)': \(error.description)")
        }
    }
}
