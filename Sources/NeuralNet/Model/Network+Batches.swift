// Forward passes over many samples in bounded batches, so that evaluating a wide network on a
// large dataset never holds every sample's activations at once. Each row of a forward pass is
// computed on its own (every entry's sum runs over that row only), so batching gives the same
// bits as one pass over all the rows.

extension Network {
    /// The most activations (samples × units of the widest layer) one batch holds: 2¹⁸ doubles,
    /// 2 MiB for each of the net inputs and outputs.
    public static let batchValues = 1 << 18

    /// How many samples go through the network at once: as many as keep the widest layer's
    /// activations within ``batchValues``, at least 1.
    public var batchRows: Int {
        Swift.max(1, Network.batchValues / Swift.max(1, sizes.max() ?? 1))
    }

    /// Runs the rows of `features` through layers 0…`layer` a batch at a time, in order, and
    /// hands each batch's rows with that layer's net inputs and outputs to `body`.
    func forEachBatch(of features: Matrix, throughLayer layer: Int,
                      _ body: (Range<Int>, _ netInputs: Matrix, _ outputs: Matrix) -> Void) {
        precondition(layer >= 0 && layer < layers.count, "no layer \(layer)")
        precondition(features.columns == inputCount, "\(features.columns) features for \(inputCount) inputs")
        let step = batchRows
        var start = 0
        while start < features.rows {
            let end = Swift.min(start + step, features.rows)
            var x = features.rows(in: start..<end)
            var z = x
            for l in 0...layer { (z, x) = layers[l].forward(x) }
            body(start..<end, z, x)
            start = end
        }
    }

    /// The first `count` units of layer `layer`'s outputs for every sample, computed in batches:
    /// what a scatter plot of a hidden layer needs, without the rest of a wide layer.
    ///
    /// ```swift
    /// net.activations(ofLayer: 0, for: data.features, units: 2)   // samples × 2
    /// ```
    public func activations(ofLayer layer: Int, for features: Matrix, units: Int) -> Matrix {
        let kept = Swift.min(units, layers[layer].fanOut)
        var result = Matrix(rows: features.rows, columns: kept)
        forEachBatch(of: features, throughLayer: layer) { rows, _, outputs in
            for (offset, i) in rows.enumerated() {
                for j in 0..<kept { result.values[i * kept + j] = outputs.values[offset * outputs.columns + j] }
            }
        }
        return result
    }
}

extension Matrix {
    /// The rows in `range`, as a matrix of their own.
    public func rows(in range: Range<Int>) -> Matrix {
        Matrix(rows: range.count, columns: columns, values: Array(values[range.lowerBound * columns..<range.upperBound * columns]))
    }
}
