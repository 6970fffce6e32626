// network: the layer shape, activations and explicit weights.

extension Checker {
    /// The widest layer a notebook may ask for.
    static let maximumLayerSize = 100_000

    func network(_ reader: inout ArgumentReader) -> Outcome? {
        let location = reader.statement.location
        let shape = reader.positional(0, "a layer shape such as 2-4-1").flatMap { layerShape($0, &reader) }
        var activations = shape.flatMap { self.activations(layerCount: $0.sizes.count - 1, &reader) }
        if let shape, activations?.last == .softmax, shape.sizes[shape.sizes.count - 1] < 2 {
            let value = reader.optional("output") ?? reader.optional("activations") ?? reader.positionals[0]
            reader.error(value, "a softmax output needs at least 2 neurons, not 1",
                         hint: "for two classes use 1 output with sigmoid, or 2 with softmax")
            activations = nil
        }
        let leak = reader.optional("leak").map { reader.number($0, "'leak'", in: .atLeast(0)) } ?? 0.01
        let initializers = reader.optional("init").map { value in
            listOrOne(value, &reader) { reader, value in reader.choice(value, "'init'", as: InitializerName.self) }
        } ?? [.normal]
        let seeds = reader.optional("seed").map { value in
            listOrOne(value, &reader) { reader, value in
                reader.wholeNumber(value, "'seed'", in: .atLeast(0, atMost: 4_294_967_295))
            }
        } ?? [0]
        let weights = shape.flatMap { explicitWeights($0, &reader) }
        guard let shape, let activations, let leak, let initializers, let seeds, let weights else { return nil }
        let sweep = networkSweep(initializers: initializers, seeds: seeds, shape: shape, &reader)
        guard sweep.isValid else { return nil }
        if sweep.sweep != nil, !weights.isEmpty {
            reader.error(at: reader.layerKeys[0].key.location, "explicit weights cannot be given for a sweep",
                         hint: "give 'seed' and 'init' one value", length: reader.layerKeys[0].key.length)
            return nil
        }
        warnAboutIgnoredKeys(activations: activations, hasWeights: !weights.isEmpty, &reader)
        var spec = NetworkSpec(shape: shape, activations: activations, leak: leak, initializer: initializers[0],
                               seed: seeds[0], weights: weights.isEmpty ? nil : weights)
        spec.sweep = sweep.sweep
        return Outcome(command: .network(spec), symbols: [
            Symbol(spec.isSweep ? .networkSweep : .network, at: location, network: spec,
                   sweepCount: spec.isSweep ? spec.members.count : nil),
        ])
    }

    /// `seed=[1,2,3]` or `init=[normal, xavier]` as a sweep; an error at a second list (the
    /// shape's swept layer counts as one), which makes `isValid` false.
    private func networkSweep(initializers: [InitializerName], seeds: [Int], shape: LayerShape,
                              _ reader: inout ArgumentReader) -> (sweep: NetworkSpec.Sweep?, isValid: Bool) {
        var first: String? = shape.sweep == nil ? nil : "the shape"
        var chosen: NetworkSpec.Sweep?
        var isValid = true
        for (key, sweep) in [("init", NetworkSpec.Sweep.initializer(initializers)), ("seed", .seed(seeds))] {
            guard let value = reader.optional(key), case .list = value.kind else { continue }
            if let first {
                let already = first == "the shape" ? "the shape already has a list" : "'\(first)' is already a list"
                reader.error(value, "'network' sweeps one setting at a time, and \(already)",
                             hint: "give '\(key)' one value, or make a second sweep")
                isValid = false
            } else {
                first = key
                chosen = sweep
            }
        }
        return (chosen, isValid)
    }

    /// The values of a key written as a list (a sweep: one network or model per value), or as one value.
    func listOrOne<T>(_ value: Value, _ reader: inout ArgumentReader, _ read: (inout ArgumentReader, Value) -> T?) -> [T]? {
        guard case .list(let elements) = value.kind else { return read(&reader, value).map { [$0] } }
        guard !elements.isEmpty else {
            reader.error(value, "a list sweeps over its values, so it needs at least one",
                         hint: "for example: seed=[1, 2, 3]")
            return nil
        }
        let values = elements.map { read(&reader, $0) }
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        return values.map { $0! }
    }

    private func layerShape(_ value: Value, _ reader: inout ArgumentReader) -> LayerShape? {
        guard case .shape(let elements) = value.kind, elements.count >= 2 else {
            reader.error(value, "'network' takes a layer shape such as 2-4-1, not \(value.text)",
                         hint: "sizes from input to output, joined by '-'")
            return nil
        }
        var sizes: [Int] = []
        var sweep: LayerShape.Sweep?
        for (position, element) in elements.enumerated() {
            let label = "layer \(position + 1) of the shape"
            let bounds = Bounds.atLeast(1, atMost: Double(Self.maximumLayerSize))
            if case .list(let options) = element.kind {
                guard sweep == nil else {
                    reader.error(element, "only one layer of a shape can be a list",
                                 hint: "sweep one hidden layer at a time")
                    return nil
                }
                guard position > 0, position < elements.count - 1, !options.isEmpty else {
                    reader.error(element, options.isEmpty ? "a swept layer needs at least one size"
                                 : "only a hidden layer can be swept", hint: "for example: 2-[1,2,4]-1")
                    return nil
                }
                var swept: [Int] = []
                for option in options {
                    guard let size = reader.wholeNumber(option, label, in: bounds) else { return nil }
                    swept.append(size)
                }
                sweep = LayerShape.Sweep(position: position, sizes: swept)
                sizes.append(swept[0])
            } else {
                guard let size = reader.wholeNumber(element, label, in: bounds) else { return nil }
                sizes.append(size)
            }
        }
        return LayerShape(sizes: sizes, sweep: sweep)
    }

    /// One activation per layer after the input, from `activations=[…]` or `hidden=`/`output=`.
    private func activations(layerCount: Int, _ reader: inout ArgumentReader) -> [ActivationName]? {
        var activations: [ActivationName]
        var values: [Value]
        if let list = reader.optional("activations") {
            for key in ["hidden", "output"] where reader.optional(key) != nil {
                reader.error(reader.optional(key)!, "'\(key)' cannot be combined with 'activations'",
                             hint: "'activations' already sets every layer")
            }
            guard case .list(let elements) = list.kind else {
                reader.error(list, "'activations' takes a list of activations, not \(list.text)",
                             hint: "for example: [tanh, sigmoid]")
                return nil
            }
            guard elements.count == layerCount else {
                reader.error(list, "'activations' needs \(layerCount) entries, one per layer after the input, "
                             + "not \(elements.count)")
                return nil
            }
            let choices = elements.map { reader.choice($0, "'activations'", as: ActivationName.self) }
            guard choices.allSatisfy({ $0 != nil }) else { return nil }
            activations = choices.map { $0! }
            values = elements
        } else {
            let hiddenValue = reader.optional("hidden"), outputValue = reader.optional("output")
            let hidden = hiddenValue.map { reader.choice($0, "'hidden'", as: ActivationName.self) } ?? .tanh
            let output = outputValue.map { reader.choice($0, "'output'", as: ActivationName.self) } ?? .sigmoid
            guard let hidden, let output else { return nil }
            activations = Array(repeating: hidden, count: layerCount - 1) + [output]
            let here = reader.statement.command
            let fallback = Value(.word(""), text: "", location: here.location, length: here.length)
            values = Array(repeating: hiddenValue ?? fallback, count: layerCount - 1) + [outputValue ?? fallback]
        }
        for (layer, activation) in activations.enumerated() where activation == .softmax && layer < layerCount - 1 {
            reader.error(values[layer], "softmax is only allowed on the output layer",
                         hint: "it turns the outputs into probabilities; use tanh or relu for hidden layers")
            return nil
        }
        return activations
    }

    /// Keys that would silently do nothing are worth a warning, not an error.
    private func warnAboutIgnoredKeys(activations: [ActivationName], hasWeights: Bool, _ reader: inout ArgumentReader) {
        for (key, isIgnored, reason) in [
            ("init", hasWeights, "explicit weights are given"),
            ("seed", hasWeights, "explicit weights are given"),
            ("leak", !activations.contains(.leakyReLU), "no layer uses leakyrelu"),
        ] where isIgnored {
            guard let value = reader.optional(key) else { continue }
            reader.diagnostics.append(.warning(at: value.location, "'\(key)' has no effect: \(reason)",
                                               hint: "remove '\(key)='", length: value.length))
        }
    }
}
