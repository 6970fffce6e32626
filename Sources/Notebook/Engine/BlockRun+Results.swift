import NeuralNet
import NotebookLanguage

// evaluate, predict, table: how models do on a dataset.

extension BlockRun {
    mutating func evaluate(_ spec: EvaluateSpec, at location: SourceLocation) throws(RunFailure) -> SessionValue {
        let model = try member(spec.member, of: spec.model, at: location)
        let name = Self.displayName(spec.model, member: spec.member)
        let data = try dataset(spec.dataset)
        let evaluation = try Self.evaluation(of: model, on: data, names: (name, spec.dataset), at: location)
        emit(.table(ModelTables.evaluation(evaluation, model: name, dataset: spec.dataset, words: words)))
        emit(.table(ModelTables.confusion(evaluation, model: name, dataset: spec.dataset, words: words)))
        return .evaluation(evaluation)
    }

    mutating func predict(_ spec: PredictSpec, at location: SourceLocation) throws(RunFailure) {
        let model = try member(spec.member, of: spec.model, at: location)
        let name = Self.displayName(spec.model, member: spec.member)
        let data = try dataset(spec.dataset)
        try Self.checkFits(model, data, names: (name, spec.dataset), at: location)
        emit(.table(ModelTables.predictions(model, on: data, caption: words.fill(words.predictionsCaption, name, spec.dataset),
                                                words: words)))
    }

    mutating func table(_ spec: TableSpec, at location: SourceLocation) throws(RunFailure) {
        let data = try dataset(spec.dataset)
        var rows: [(TrainedModel, Evaluation)] = []
        for name in spec.models {
            for model in try models(name) {
                var labelled = model
                if spec.models.count > 1, case .modelSweep = try value(of: name) { labelled.label = "\(name) \(model.label)" }
                rows.append((labelled, try Self.evaluation(of: model, on: data, names: (name, spec.dataset), at: location)))
            }
        }
        emit(.table(ModelTables.comparison(rows, dataset: spec.dataset, words: words)))
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

extension BlockRun {
    /// `models[3]` for a sweep member, the name otherwise.
    static func displayName(_ name: String, member: Int?) -> String {
        member.map { "\(name)[\($0)]" } ?? name
    }

    /// The model a statement names: itself, or member `index` (from 1) of a sweep.
    func member(_ index: Int?, of name: String, at location: SourceLocation) throws(RunFailure) -> TrainedModel {
        let all = try models(name)
        guard let index else { return all[0] }
        guard index >= 1 && index <= all.count else {
            throw .error(at: location, "'\(name)' has \(all.count) models, so there is no \(name)[\(index)]",
                         hint: "members are numbered from 1 to \(all.count)")
        }
        return all[index - 1]
    }
}
