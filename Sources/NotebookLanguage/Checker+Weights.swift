// network: explicit weights `wK=[[…]]` and biases `bK=[…]`, checked against the layer sizes.

extension Checker {
    /// The explicit layers (empty when none are given), or nil after an error.
    func explicitWeights(_ shape: LayerShape, _ reader: inout ArgumentReader) -> [LayerWeights]? {
        let layerKeys = reader.layerKeys
        guard !layerKeys.isEmpty else { return [] }
        let layerCount = shape.sizes.count - 1
        if shape.sweep != nil {
            reader.error(at: layerKeys[0].key.location, "explicit weights cannot be given for a sweep",
                         hint: "give one shape without a list", length: layerKeys[0].key.length)
            return nil
        }
        var matrices: [Int: [[Double]]] = [:]
        var biases: [Int: [Double]] = [:]
        var isValid = true
        for (key, value) in layerKeys {
            let layer = Int(key.text.dropFirst())!
            guard layer <= layerCount else {
                reader.error(at: key.location, "'\(key.text)' names layer \(layer), but the network has "
                             + "\(layerCount) layer\(layerCount == 1 ? "" : "s") of weights",
                             hint: "layers count from 1 after the input", length: key.length)
                isValid = false
                continue
            }
            let (fanIn, fanOut) = (shape.sizes[layer - 1], shape.sizes[layer])
            if key.text.hasPrefix("w") {
                guard let matrix = reader.matrix(value, "'\(key.text)'") else { isValid = false; continue }
                guard matrix.count == fanOut, matrix[0].count == fanIn else {
                    reader.error(value, "'\(key.text)' must be \(fanOut) × \(fanIn), not \(matrix.count) × "
                                 + "\(matrix[0].count)",
                                 hint: "one row per neuron of layer \(layer), one column per input to it")
                    isValid = false
                    continue
                }
                matrices[layer] = matrix
            } else {
                guard let vector = reader.numbers(value, "'\(key.text)'") else { isValid = false; continue }
                guard vector.count == fanOut else {
                    reader.error(value, "'\(key.text)' must have \(fanOut) value\(fanOut == 1 ? "" : "s"), "
                                 + "not \(vector.count)", hint: "one bias per neuron of layer \(layer)")
                    isValid = false
                    continue
                }
                biases[layer] = vector
            }
        }
        let missing = (1...layerCount).filter { matrices[$0] == nil && isValid }
        if let first = missing.first {
            let command = reader.statement.command
            reader.error(at: command.location, "explicit weights need 'w\(first)' too",
                         hint: "give every layer's matrix: " + (1...layerCount).map { "w\($0)" }.joined(separator: ", "),
                         length: command.length)
            return nil
        }
        guard isValid else { return nil }
        return (1...layerCount).map { layer in
            LayerWeights(weights: matrices[layer]!,
                         biases: biases[layer] ?? Array(repeating: 0, count: shape.sizes[layer]))
        }
    }
}
