// train on one explicit sample: `train net input=[…] target=[…] epochs=… rate=…`.

extension Checker {
    /// The keys that only make sense when training on a dataset.
    static let datasetTrainingKeys = ["on", "optimizer", "batch", "seed", "l2", "momentum", "beta1", "beta2", "snapshots"]

    func trainOnSample(_ reader: inout ArgumentReader, at location: SourceLocation) -> Outcome? {
        let networkValue = reader.positional(0, "a network")
        let network = networkValue.flatMap { resolveSubject($0, as: [.network], &reader) }
        let inputValue = reader.required("input"), targetValue = reader.required("target")
        let input = inputValue.flatMap { reader.numbers($0, "'input'") }
        let target = targetValue.flatMap { reader.numbers($0, "'target'") }
        let epochs = reader.required("epochs").flatMap {
            reader.wholeNumber($0, "'epochs'", in: .atLeast(1, atMost: 100_000_000))
        }
        let rate = reader.required("rate").flatMap { value -> Double? in
            if case .list = value.kind {
                reader.error(value, "training on one sample takes one rate, not a list",
                             hint: "sweep rates when training on a dataset: train net on data rate=[…]")
                return nil
            }
            return reader.number(value, "'rate'", in: .above(0))
        }
        let lossValue = reader.optional("loss")
        let loss = lossValue.map { reader.choice($0, "'loss'", as: LossName.self) } ?? .squared
        let recordValue = reader.optional("record")
        let record = recordValue.flatMap { reader.wholeNumber($0, "'record'", in: .atLeast(1)) }
        for key in Self.datasetTrainingKeys {
            guard let value = reader.optional(key) else { continue }
            reader.error(value, "'\(key)' does not apply to training on one sample (input= and target=)",
                         hint: key == "on" ? "train either on a dataset or on input= and target=, not both"
                             : "remove '\(key)='")
        }
        if let (name, symbol) = network, let spec = symbol.network, let networkValue {
            checkOneSample(of: name.description, spec, networkValue, loss: loss, lossValue,
                           input: input, inputValue, target: target, targetValue, &reader)
        }
        guard let (name, symbol) = network, let input, let target, let epochs, let rate, let loss,
              recordValue == nil || record != nil, !reader.hasErrors else { return nil }
        let spec = SampleTrainSpec(network: name, input: input, target: target, epochs: epochs, rate: rate,
                                   loss: loss, record: record)
        return Outcome(command: .trainOnSample(spec), symbols: [
            Symbol(.model, at: location, featureCount: symbol.network?.inputCount, network: symbol.network),
        ])
    }
}
