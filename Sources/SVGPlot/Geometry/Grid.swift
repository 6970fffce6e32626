/// Values sampled on a regular grid over a rectangle of the plane.
///
/// `values` is row-major: row 0 lies at `y.lowerBound`, column 0 at `x.lowerBound`, and the last
/// row and column lie on the upper bounds. A model's output over the plane, hidden-unit
/// activations, any field a figure fills with colour.
///
/// ```swift
/// let field = Grid(x: -1...1, y: -1...1, columns: 41, rows: 41) { x, y in x * x + y * y }
/// field[column: 20, row: 20]   // 0
/// ```
public struct Grid: Equatable, Sendable {
    public let columns: Int
    public let rows: Int
    /// Row-major values, `columns × rows` of them.
    public let values: [Double]
    /// Where the first and last columns lie.
    public let x: ClosedRange<Double>
    /// Where the first and last rows lie.
    public let y: ClosedRange<Double>

    /// A grid from row-major values; at least 2 × 2 of them.
    public init(columns: Int, rows: Int, values: [Double], x: ClosedRange<Double>, y: ClosedRange<Double>) {
        precondition(columns >= 2 && rows >= 2, "a grid needs at least 2 × 2 values")
        precondition(values.count == columns * rows, "expected \(columns * rows) values, got \(values.count)")
        self.columns = columns
        self.rows = rows
        self.values = values
        self.x = x
        self.y = y
    }

    /// A grid of `function` sampled at `columns × rows` evenly spaced points covering `x × y`.
    public init(
        x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int,
        _ function: (Double, Double) -> Double
    ) {
        var values: [Double] = []
        values.reserveCapacity(columns * rows)
        for row in 0..<rows {
            let yValue = Grid.position(row, count: rows, in: y)
            for column in 0..<columns {
                values.append(function(Grid.position(column, count: columns, in: x), yValue))
            }
        }
        self.init(columns: columns, rows: rows, values: values, x: x, y: y)
    }

    public subscript(column column: Int, row row: Int) -> Double {
        values[row * columns + column]
    }

    /// The smallest and largest finite values, or nil when there are none.
    public var finiteRange: ClosedRange<Double>? {
        var low = Double.infinity, high = -Double.infinity
        for value in values where value.isFinite {
            low = min(low, value)
            high = max(high, value)
        }
        return low <= high ? low...high : nil
    }

    /// The plane's x for a fractional column index (0 → `x.lowerBound`).
    public func xPosition(column: Double) -> Double {
        x.lowerBound + column / Double(columns - 1) * (x.upperBound - x.lowerBound)
    }

    /// The plane's y for a fractional row index (0 → `y.lowerBound`).
    public func yPosition(row: Double) -> Double {
        y.lowerBound + row / Double(rows - 1) * (y.upperBound - y.lowerBound)
    }

    static func position(_ index: Int, count: Int, in range: ClosedRange<Double>) -> Double {
        range.lowerBound + Double(index) / Double(count - 1) * (range.upperBound - range.lowerBound)
    }
}
