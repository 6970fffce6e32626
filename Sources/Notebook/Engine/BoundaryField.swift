import NeuralNet
import SVGPlot

/// A model's class-1 probability over a rectangle of the plane, for decision-region plots.
///
/// The rectangle is the data's range plus a margin on every side. Points are evaluated in
/// batches, never one by one: `Network.gridValues` for the class-1 probability (the single
/// output for one sigmoid output, output 2 for two outputs, softmax's class 1), one matrix forward
/// pass per chunk of grid rows for the predicted class when there are more classes.
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
        if Self.isProbability(network), let values = try? network.gridValues(xs: xs, ys: ys) {
            return SVGPlot.Grid(columns: columns, rows: rows, values: values, x: x, y: y)
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

    private func position(_ index: Int, _ count: Int, _ range: ClosedRange<Double>) -> Double {
        range.lowerBound + Double(index) / Double(count - 1) * (range.upperBound - range.lowerBound)
    }
}
