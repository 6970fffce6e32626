// Worked examples number a network's weights w1…wK: layer 1's matrix row by row (all weights
// into its first neuron, then its second, …), then layer 2's, and so on. In the classic 2-2-2
// example, h1 = w1·i1 + w2·i2 + b1 and o1 = w5·h1 + w6·h2 + b2.

extension Network {
    /// The number K of weights w1…wK (biases not counted).
    public var weightCount: Int { layers.reduce(0) { $0 + $1.weights.values.count } }

    /// Where weight w`number` (1-based) lives: the index into `layers`, the neuron (row) and the
    /// input (column), all 0-based.
    ///
    /// ```swift
    /// try net.weightLocation(5)   // (layer: 1, row: 0, column: 0) in a 2-2-2 network
    /// ```
    public func weightLocation(_ number: Int) throws(NeuralNetError) -> (layer: Int, row: Int, column: Int) {
        guard number >= 1 else { throw .weightNumberOutOfRange(number: number, count: weightCount) }
        var offset = number - 1
        for (l, layer) in layers.enumerated() {
            let count = layer.weights.values.count
            if offset < count { return (l, offset / layer.fanIn, offset % layer.fanIn) }
            offset -= count
        }
        throw .weightNumberOutOfRange(number: number, count: weightCount)
    }

    /// Weight w`number` (1-based).
    public func weight(_ number: Int) throws(NeuralNetError) -> Double {
        let (l, row, column) = try weightLocation(number)
        return layers[l].weights[row, column]
    }

    /// Sets weight w`number` (1-based).
    public mutating func setWeight(_ number: Int, to value: Double) throws(NeuralNetError) {
        let (l, row, column) = try weightLocation(number)
        layers[l].weights[row, column] = value
    }

    /// All weights in the order w1…wK.
    public var flatWeights: [Double] { layers.flatMap(\.weights.values) }
}
