import NeuralNet
import SVGPlot

/// A model's class-1 score over a rectangle of the plane, for decision-region plots.
///
/// The rectangle is the data's range plus a margin on every side. Points are evaluated in
/// batches, never one by one: `Network.gridValues` for the single output of a one-output network;
/// for two outputs o₁ and o₂ the share o₂ / (o₁ + o₂), which is at least 0.5 exactly where the
/// network predicts class 1 (its larger output), so the shading and the boundary at 0.5 are the
/// classifier's (for softmax the share is p(class 1) itself); one matrix forward pass per chunk of
/// grid rows for the predicted class when there are more classes.
///
/// ```swift
/// let field = BoundaryField(data: moons, columns: 97, rows: 73)
/// let grid = field.grid(for: model.network)   // values in [0, 1]
/// ```
struct BoundaryField {
    let x: ClosedRange<Double>
    let y: ClosedRange<Double>
    let columns: Int
    let rows: Int
    /// Grid rows per forward pass.
    static let rowsPerBatch = 16

    init(data: Dataset, columns: Int = 97, rows: Int = 73) {
        let xs = data.features.column(0), ys = data.features.column(1)
        x = Self.padded(xs)
        y = Self.padded(ys)
        self.columns = columns
        self.rows = rows
    }

    /// The values' range plus 10 % of its span (at least 0.5) on each side.
    static func padded(_ values: [Double]) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return -1...1 }
        let margin = max(0.5, 0.1 * (high - low))
        return (low - margin)...(high + margin)
    }

    /// Whether the field is a probability (0…1 with a boundary at 0.5) or a class index.
    static func isProbability(_ network: Network) -> Bool { network.outputCount <= 2 }

    func grid(for network: Network) -> SVGPlot.Grid {
        let xs = (0..<columns).map { position($0, columns, x) }
        let ys = (0..<rows).map { position($0, rows, y) }
        // NeuralNet evaluates the class-1 output over the grid in batches (lanes of the fast kernel).
        if network.outputCount == 1, let values = try? network.gridValues(xs: xs, ys: ys) {
            return SVGPlot.Grid(columns: columns, rows: rows, values: values, x: x, y: y)
        }
        if network.outputCount == 2, let first = try? network.gridValues(xs: xs, ys: ys, output: 0),
            let second = try? network.gridValues(xs: xs, ys: ys, output: 1)
        {
            return SVGPlot.Grid(columns: columns, rows: rows, values: zip(first, second).map(Self.share), x: x, y: y)
        }
        var values: [Double] = []
        values.reserveCapacity(columns * rows)
        var row = 0
        while row < rows {
            let count = min(Self.rowsPerBatch, rows - row)
            let batch = Matrix(rows: count * columns, columns: 2) { k, feature in
                feature == 0 ? xs[k % columns] : ys[row + k / columns]
            }
            values += network.predict(batch).map(Double.init)
            row += count
        }
        return SVGPlot.Grid(columns: columns, rows: rows, values: values, x: x, y: y)
    }

    /// o₂ / (o₁ + o₂) for non-negative outputs (0.5 where they are equal); for outputs that can be
    /// negative, which class is larger (1, 0, or 0.5 on a tie).
    static func share(_ first: Double, _ second: Double) -> Double {
        if first >= 0, second >= 0, first + second > 0 { return second / (first + second) }
        return second > first ? 1 : second < first ? 0 : 0.5
    }

    /// What the shading shows, for the colour key.
    static func keyTitle(_ network: Network, words: InterfaceWords = .english) -> String {
        if network.outputCount == 1 || network.layers.last?.activation == .softmax {
            return "p(" + words.fill(words.className, "1") + ")"
        }
        return network.outputCount == 2 ? "o₂ / (o₁ + o₂)" : words.predictedClass
    }

    private func position(_ index: Int, _ count: Int, _ range: ClosedRange<Double>) -> Double {
        range.lowerBound + Double(index) / Double(count - 1) * (range.upperBound - range.lowerBound)
    }
}
