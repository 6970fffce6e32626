// train and trace: what can be known about a training before it runs.

extension Checker {
    func train(_ reader: inout ArgumentReader) -> Outcome? {
        let location = reader.statement.location
        if reader.optional("input") != nil || reader.optional("target") != nil {
            return trainOnSample(&reader, at: location)
        }
        let networkValue = reader.positional(0, "a network")
        let network = networkValue.flatMap { resolveSubject($0, as: [.network, .networkSweep], &reader) }
        let dataset = reader.required("on").flatMap { resolve($0, as: [.dataset], &reader) }
        let epochs = reader.required("epochs").flatMap {
            reader.wholeNumber($0, "'epochs'", in: .atLeast(1, atMost: 100_000_000))
        }
        let rateValue = reader.required("rate")
        let rates = rateValue.flatMap { listOrOne($0, &reader) { reader, value in
            reader.number(value, "'rate'", in: .above(0))
        } }
        let spec = network?.1.network
        let lossValue = reader.optional("loss")
        let loss = lossValue.map { reader.choice($0, "'loss'", as: LossName.self) }
            ?? (spec?.activations.last == .softmax ? .softmax : .crossEntropy)
        let optimizers = reader.optional("optimizer").map { value in
            listOrOne(value, &reader) { reader, value in reader.choice(value, "'optimizer'", as: OptimizerName.self) }
        } ?? [.gradientDescent]
        let batches = reader.optional("batch").map { value in
            listOrOne(value, &reader) { reader, value -> BatchSize? in
                if case .word("full") = value.kind { return .full }
                guard case .number = value.kind else {
                    reader.error(value, "'batch' takes 'full' or a whole number, not \(value.text)")
                    return nil
                }
                return reader.wholeNumber(value, "'batch'", in: .atLeast(1, atMost: 1e6)).map { .size($0) }
            }
        } ?? [.full]
        // nil means "the default", so a bad value is told apart by `hasBadRecord`.
        let recordValue = reader.optional("record")
        let record = recordValue.flatMap { reader.wholeNumber($0, "'record'", in: .atLeast(1)) }
        let hasBadRecord = recordValue != nil && record == nil
        let seeds = reader.optional("seed").map { value in
            listOrOne(value, &reader) { reader, value in
                reader.wholeNumber(value, "'seed'", in: .atLeast(0, atMost: 4_294_967_295))
            }
        } ?? [0]
        let l2 = reader.optional("l2").map { reader.number($0, "'l2'", in: .atLeast(0)) } ?? 0
        let momentum = reader.optional("momentum").map { reader.number($0, "'momentum'", in: .fraction()) } ?? 0.9
        let beta1 = reader.optional("beta1").map { reader.number($0, "'beta1'", in: .fraction()) } ?? 0.9
        let beta2 = reader.optional("beta2").map { reader.number($0, "'beta2'", in: .fraction()) } ?? 0.999
        let snapshotsValue = reader.optional("snapshots")
        let snapshots = snapshotsValue.flatMap { value in epochs.flatMap { snapshotEpochs(value, epochs: $0, &reader) } }
        let sweep = trainingSweep(rates: rates, optimizers: optimizers, batches: batches, seeds: seeds,
                                  isNetworkSweep: network?.1.kind == .networkSweep, &reader)
        if case .seed? = sweep.sweep, batches == [.full], let value = reader.optional("seed") {
            // Full-batch training takes every sample in order: the shuffling seed changes nothing.
            reader.diagnostics.append(.warning(
                at: value.location, "'seed' shuffles mini-batches, so with batch=full every model of this sweep is the same",
                hint: "sweep the starting weights instead: network … seed=[1, 2, 3], or give a batch size",
                length: value.length))
        }
        if let (subject, symbol) = network, let spec = symbol.network, let networkValue {
            let name = subject.description
            checkTrainable(name, spec, networkValue, &reader)
            if let loss { checkLoss(loss, lossValue ?? networkValue, name, spec, &reader) }
            if let (dataName, data) = dataset {
                for member in spec.members { checkSizes(name, member, dataName, data, reader.optional("on")!, &reader) }
            }
        }
        guard let (subject, symbol) = network, let (dataName, data) = dataset, let epochs, let rates, let loss,
              let optimizers, let batches, !hasBadRecord, let seeds, let l2, let momentum, let beta1, let beta2,
              snapshotsValue == nil || snapshots != nil, sweep.isValid else {
            return nil
        }
        var training = TrainSpec(network: subject, dataset: dataName, epochs: epochs, rate: rates[0],
                                 sweep: sweep.sweep, loss: loss, optimizer: optimizers[0], batch: batches[0],
                                 record: record, seed: seeds[0], l2: l2, momentum: momentum, beta1: beta1, beta2: beta2)
        training.snapshotPlan = snapshots ?? .epochs([])
        let isSweep = symbol.kind == .networkSweep || sweep.sweep != nil
        let sweepCount = symbol.kind == .networkSweep ? symbol.sweepCount : sweep.sweep?.count
        var made = Symbol(isSweep ? .modelSweep : .model, at: location, featureCount: spec?.inputCount,
                          network: spec, sweepCount: isSweep ? sweepCount : nil)
        made.trainedOn = (dataName, data.location)
        return Outcome(command: .train(training), symbols: [made])
    }

    /// The one setting of `train` written as a list, if any; an error at every further list
    /// (and at any list when the network is itself a sweep), which makes `isValid` false.
    private func trainingSweep(rates: [Double]?, optimizers: [OptimizerName]?, batches: [BatchSize]?, seeds: [Int]?,
                               isNetworkSweep: Bool, _ reader: inout ArgumentReader) -> (sweep: TrainSpec.Sweep?, isValid: Bool) {
        let lists: [(key: String, sweep: TrainSpec.Sweep?)] = [
            ("rate", rates.map { .rate($0) }), ("optimizer", optimizers.map { .optimizer($0) }),
            ("batch", batches.map { .batch($0) }), ("seed", seeds.map { .seed($0) }),
        ].filter { key, _ in
            if case .list? = reader.optional(key)?.kind { true } else { false }
        }
        var chosen: TrainSpec.Sweep?
        var first: String?
        var isValid = true
        for (key, sweep) in lists {
            let value = reader.optional(key)!
            if isNetworkSweep {
                reader.error(value, "a network sweep cannot also sweep '\(key)'",
                             hint: "sweep one thing at a time: give '\(key)' one value, or train one network")
                isValid = false
            } else if let first {
                reader.error(value, "'train' sweeps one setting at a time, and '\(first)' is already a list",
                             hint: "give '\(key)' one value, or train a second sweep")
                isValid = false
            } else {
                first = key
                chosen = sweep
            }
        }
        return (chosen, isValid)
    }

    /// `snapshots=[0, 100, 1000]` (epochs from 0 to `epochs`) or `snapshots=6` (that many,
    /// log-spaced): sorted, each once, at most `TrainSpec.maximumSnapshots`.
    private func snapshotEpochs(_ value: Value, epochs: Int, _ reader: inout ArgumentReader) -> SnapshotPlan? {
        let limit = TrainSpec.maximumSnapshots
        guard case .list(let elements) = value.kind else {
            return reader.wholeNumber(value, "'snapshots'", in: .atLeast(2, atMost: Double(limit)))
                .map { .logSpaced(count: $0) }
        }
        guard !elements.isEmpty, elements.count <= limit else {
            reader.error(value, "'snapshots' takes 1 to \(limit) epochs, not \(elements.count)",
                         hint: "for example: snapshots=[0, 100, 1000], or a count: snapshots=6")
            return nil
        }
        let chosen = elements.map { reader.wholeNumber($0, "a snapshot epoch", in: .atLeast(0, atMost: Double(epochs))) }
        guard chosen.allSatisfy({ $0 != nil }) else { return nil }
        return .epochs(Array(Set(chosen.map { $0! })).sorted())
    }

    func trace(_ reader: inout ArgumentReader) -> Outcome? {
        let location = reader.statement.location
        // A trained model is traced through its trained weights.
        let networkValue = reader.positional(0, "a network or a model")
        let network = networkValue.flatMap { resolveSubject($0, as: [.network, .model], &reader) }
        let inputValue = reader.required("input"), targetValue = reader.required("target")
        let input = inputValue.flatMap { reader.numbers($0, "'input'") }
        let target = targetValue.flatMap { reader.numbers($0, "'target'") }
        let lossValue = reader.optional("loss")
        let loss = lossValue.map { reader.choice($0, "'loss'", as: LossName.self) } ?? .squared
        let rate = reader.required("rate").flatMap { reader.number($0, "'rate'", in: .above(0)) }
        let steps = reader.optional("steps").map { reader.boolean($0, "'steps'") } ?? false
        if let (subject, symbol) = network, let spec = symbol.network, let networkValue {
            checkOneSample(of: subject.description, spec, networkValue, loss: loss, lossValue,
                           input: input, inputValue, target: target, targetValue, &reader)
        }
        guard let (name, _) = network, let input, let target, let loss, let rate, let steps, !reader.hasErrors else {
            return nil
        }
        return Outcome(command: .trace(TraceSpec(network: name, input: input, target: target, loss: loss, rate: rate,
                                                 steps: steps)),
                       symbols: [Symbol(.trace, at: location)])
    }

    /// Step has a zero derivative wherever it has one, so no gradient reaches the weights.
    /// What `trace` and training on one sample share: the network can be trained with this loss,
    /// and `input=` and `target=` have one value per input and per output.
    func checkOneSample(
        of name: String, _ spec: NetworkSpec, _ networkValue: Value, loss: LossName?, _ lossValue: Value?,
        input: [Double]?, _ inputValue: Value?, target: [Double]?, _ targetValue: Value?,
        _ reader: inout ArgumentReader
    ) {
        checkTrainable(name, spec, networkValue, &reader)
        if let loss { checkLoss(loss, lossValue ?? networkValue, name, spec, &reader) }
        for (label, values, value, count) in [("input", input, inputValue, spec.inputCount),
                                              ("target", target, targetValue, spec.outputCount)] {
            guard let values, let value, values.count != count else { continue }
            let unit = label == "input" ? "input" : "output"
            reader.error(value, "'\(label)' has \(values.count) value\(values.count == 1 ? "" : "s"), "
                         + "but '\(name)' has \(count) \(unit)\(count == 1 ? "" : "s")",
                         hint: "give one value per network \(unit)")
        }
    }

    func checkTrainable(_ name: String, _ spec: NetworkSpec, _ value: Value, _ reader: inout ArgumentReader) {
        guard !spec.isTrainable else { return }
        reader.error(value, "'\(name)' uses the step activation, which cannot be trained",
                     hint: "its derivative is 0 everywhere (undefined at 0), so no gradient flows; use sigmoid")
    }

    func checkLoss(_ loss: LossName, _ value: Value, _ name: String, _ spec: NetworkSpec,
                           _ reader: inout ArgumentReader) {
        let output = spec.activations[spec.activations.count - 1]
        switch (loss, output) {
        case (.softmax, .softmax), (.crossEntropy, .sigmoid): return
        case (.squared, let output) where output != .softmax: return
        case (.softmax, _):
            reader.error(value, "loss 'softmax' needs a softmax output layer, but '\(name)' ends in \(output.rawValue)",
                         hint: "set output=softmax on '\(name)', or use loss=crossentropy")
        case (_, .softmax):
            reader.error(value, "'\(name)' has a softmax output, which needs loss=softmax, not \(loss.rawValue)",
                         hint: "softmax outputs are trained with their cross-entropy: loss=softmax")
        default:
            reader.error(value, "loss 'crossentropy' needs sigmoid outputs, but '\(name)' ends in \(output.rawValue)",
                         hint: "binary cross-entropy takes log(o) and log(1 − o); use output=sigmoid or loss=squared")
        }
    }

    /// The network's inputs against the dataset's features, its outputs against the classes.
    func checkSizes(_ name: String, _ spec: NetworkSpec, _ dataName: String, _ data: Symbol, _ value: Value,
                    _ reader: inout ArgumentReader) {
        if let features = data.featureCount, features != spec.inputCount {
            reader.error(value, "'\(name)' takes \(spec.inputCount) input\(spec.inputCount == 1 ? "" : "s"), "
                         + "but '\(dataName)' has \(features) feature\(features == 1 ? "" : "s")",
                         hint: "make the shape start with \(features)")
        }
        if let classes = data.classCount, spec.outputCount != classes, !(spec.outputCount == 1 && classes == 2) {
            reader.error(value, "'\(name)' has \(spec.outputCount) output\(spec.outputCount == 1 ? "" : "s"), "
                         + "but '\(dataName)' has \(classes) classes",
                         hint: classes == 2 ? "use 1 output (class 1 when ≥ 0.5) or 2 (one per class)"
                             : "use one output per class: \(classes)")
        }
    }
}
