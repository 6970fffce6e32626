/// A dense matrix of `Double`s stored row-major in one contiguous array.
///
/// Batches are matrices with one sample per row: a batch of 60 two-feature points is 60 × 2.
/// Layer weights are `fanOut × fanIn`, one row per neuron, the shape numpy's
/// `randn(fan_out, fan_in)` draws. Shapes are checked with preconditions: a mismatch is a bug in
/// weave, never something a notebook author can cause (the checker rejects those first).
///
/// ```swift
/// var m = Matrix(rows: 2, columns: 3, values: [1, 2, 3, 4, 5, 6])
/// m[1, 2]        // 6
/// m.transposed() // 3 × 2
/// ```
public struct Matrix: Equatable, Hashable, Sendable {
    public let rows: Int
    public let columns: Int
    /// The entries, row by row: entry (i, j) is `values[i * columns + j]`.
    public var values: [Double]

    /// A matrix from its entries in row-major order.
    public init(rows: Int, columns: Int, values: [Double]) {
        precondition(rows >= 0 && columns >= 0, "negative matrix size \(rows) × \(columns)")
        precondition(values.count == rows * columns,
                     "\(values.count) values do not fill a \(rows) × \(columns) matrix")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// A matrix with every entry equal to `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.init(rows: rows, columns: columns, values: Array(repeating: value, count: rows * columns))
    }

    /// A matrix from nested rows, which must all have the same length.
    public init(_ rowArrays: [[Double]]) {
        let columns = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == columns }, "ragged rows")
        self.init(rows: rowArrays.count, columns: columns, values: rowArrays.flatMap { $0 })
    }

    /// A matrix whose entry (i, j) is `entry(i, j)`.
    public init(rows: Int, columns: Int, entry: (Int, Int) -> Double) {
        var values: [Double] = []
        values.reserveCapacity(rows * columns)
        for i in 0..<rows {
            for j in 0..<columns { values.append(entry(i, j)) }
        }
        self.init(rows: rows, columns: columns, values: values)
    }

    public subscript(row: Int, column: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "index out of range")
            return values[row * columns + column]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "index out of range")
            values[row * columns + column] = newValue
        }
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] {
        precondition(i >= 0 && i < rows, "row \(i) out of range")
        return Array(values[i * columns..<(i + 1) * columns])
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] {
        precondition(j >= 0 && j < columns, "column \(j) out of range")
        return (0..<rows).map { values[$0 * columns + j] }
    }

    /// The rows as nested arrays.
    public var rowArrays: [[Double]] { (0..<rows).map(row) }

    /// The matrix made of the given rows, in the given order.
    public func selectingRows(_ indices: [Int]) -> Matrix {
        var selected: [Double] = []
        selected.reserveCapacity(indices.count * columns)
        for i in indices { selected.append(contentsOf: values[i * columns..<(i + 1) * columns]) }
        return Matrix(rows: indices.count, columns: columns, values: selected)
    }

    /// The transpose.
    public func transposed() -> Matrix {
        Matrix(rows: columns, columns: rows) { i, j in self.values[j * self.columns + i] }
    }
}
