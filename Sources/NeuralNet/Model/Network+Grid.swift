// Decision-boundary grids: one output of a two-input network at every point of xs × ys,
// evaluated in batches of lanes rather than point by point.

extension Network {
    /// Output unit `output` at every grid point (x, y), x from `xs` and y from `ys`, row by row:
    /// the value at (xs[i], ys[j]) is at index `j * xs.count + i`.
    ///
    /// `output` defaults to the class-1 unit: the only output of a one-output network, output 1
    /// otherwise. The values are exactly those of `forward` on the same points. Networks with one
    /// hidden layer are evaluated in lanes of 128 points (see `HiddenLayerKernel`), others in
    /// batches of 128 rows. Throws unless the network takes two inputs.
    ///
    /// ```swift
    /// let xs = (0..<200).map { -2 + 0.025 * Double($0) }
    /// let ys = (0..<160).map { -2 + 0.025 * Double($0) }
    /// let p = try net.gridValues(xs: xs, ys: ys)   // 32000 values, p[j * 200 + i] at (xs[i], ys[j])
    /// ```
    public func gridValues(xs: [Double], ys: [Double], output: Int? = nil) throws(NeuralNetError) -> [Double] {
        guard inputCount == 2 else { throw .featureCountMismatch(features: 2, inputs: inputCount) }
        let unit = output ?? (outputCount == 1 ? 0 : 1)
        precondition(unit >= 0 && unit < outputCount, "no output \(unit) in a network of \(outputCount) outputs")
        let count = xs.count * ys.count
        var values = [Double](repeating: 0, count: count)
        let batch = 128
        // the grid point with flat index k
        func point(_ k: Int) -> (Double, Double) { (xs[k % xs.count], ys[k / xs.count]) }

        if layers.count == 2 && layers[0].activation.isElementwise {
            var kernel = HiddenLayerKernel(network: self, loss: .squaredError, sampleCount: batch)
            let lanes = kernel.lanes
            for start in stride(from: 0, to: count, by: batch) {
                let end = Swift.min(start + batch, count)
                kernel.withRegions { r in
                    for s in 0..<lanes {
                        let (x, y) = start + s < end ? point(start + s) : (0, 0)
                        (r.inputs[s], r.inputs[lanes + s]) = (x, y)
                    }
                }
                kernel.forward()
                kernel.withRegions { r in
                    for s in 0..<(end - start) { values[start + s] = r.outputs[unit * lanes + s] }
                }
            }
        } else {
            var points = Matrix(rows: batch, columns: 2)
            for start in stride(from: 0, to: count, by: batch) {
                let end = Swift.min(start + batch, count)
                for s in 0..<batch {
                    let (x, y) = start + s < end ? point(start + s) : (0, 0)
                    (points.values[2 * s], points.values[2 * s + 1]) = (x, y)
                }
                let outputs = forward(points)
                for s in 0..<(end - start) { values[start + s] = outputs.values[s * outputCount + unit] }
            }
        }
        return values
    }
}
