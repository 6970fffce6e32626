import NeuralNet

// evaluate, predict, table: how models do on a dataset.

extension BlockRun {
    mutating func evaluate(_ spec: EvaluateSpec, at location: SourceLocation) throws(RunFailure) -> SessionValue {
        let model = try models(spec.model)[0]
        let data = try dataset(spec.dataset)
        let evaluation = try Self.evaluation(of: model, on: data, names: (spec.model, spec.dataset), at: location)
        emit(.table(ModelTables.evaluation(evaluation, model: spec.model, dataset: spec.dataset)))
        emit(.table(ModelTables.confusion(evaluation, model: spec.model, dataset: spec.dataset)))
        return .evaluation(evaluation)
    }

    mutating func predict(_ spec: PredictSpec, at location: SourceLocation) throws(RunFailure) {
        let model = try models(spec.model)[0]
        let data = try dataset(spec.dataset)
        try Self.checkFits(model, data, names: (spec.model, spec.dataset), at: location)
        emit(.table(ModelTables.predictions(model, on: data, caption: "Predictions of \(spec.model) on \(spec.dataset)")))
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
        emit(.table(ModelTables.comparison(rows, dataset: spec.dataset)))
    }

    /// Accuracy, loss and confusion matrix; a runtime error if the sizes differ (CSV data).
    static func evaluation(of model: TrainedModel, on data: Dataset, names: (model: String, dataset: String),
                           at location: SourceLocation) throws(RunFailure) -> Evaluation {
        try checkFits(model, data, names: names, at: location)
        let network = model.network
        let predicted = network.predict(data.features)
        let correct = zip(predicted, data.labels).filter { $0 == $1 }.count
        do throws(NeuralNetError) {
            let loss = try network.loss(on: data, loss: model.loss)
            let confusion = try network.confusionMatrix(on: data)
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
