// The few matrix products back-propagation needs, as small kernels over contiguous storage.
//
// With a batch X (m × fanIn, one sample per row) and a layer's weights W (fanOut × fanIn):
//   forward            Z  = X · Wᵀ + b      `multiply(_:transposing:into:)`, `addRowVector(_:)`
//   weight gradient    ∂W = Δᵀ · X          `multiply(transposing:_:into:)`
//   bias gradient      ∂b = Σ_rows Δ        `columnSums(into:)`
//   delta one back     Δ' = Δ · W           `multiply(_:_:into:)`
// The `into:` forms write into a matrix of the right shape that the caller allocated once, so
// training loops allocate nothing per iteration. Loop orders keep the innermost loop contiguous.

extension Matrix {
    // MARK: - Products into preallocated storage

    /// Writes `a · b` into `c` (a: m × n, b: n × p, c: m × p).
    ///
    /// ```swift
    /// var c = Matrix(rows: 1, columns: 1)
    /// Matrix.multiply(Matrix([[1, 2]]), Matrix([[3], [4]]), into: &c)   // [[11]]
    /// ```
    public static func multiply(_ a: Matrix, _ b: Matrix, into c: inout Matrix) {
        precondition(a.columns == b.rows, "cannot multiply \(a.rows) × \(a.columns) by \(b.rows) × \(b.columns)")
        precondition(c.rows == a.rows && c.columns == b.columns, "result must be \(a.rows) × \(b.columns)")
        let (m, n, p) = (a.rows, a.columns, b.columns)
        a.values.withUnsafeBufferPointer { a in
            b.values.withUnsafeBufferPointer { b in
                c.values.withUnsafeMutableBufferPointer { c in
                    // c[i, :] = Σ_k a[i, k] · b[k, :]
                    for i in 0..<m {
                        for j in 0..<p { c[i * p + j] = 0 }
                        for k in 0..<n {
                            let aik = a[i * n + k]
                            for j in 0..<p { c[i * p + j] += aik * b[k * p + j] }
                        }
                    }
                }
            }
        }
    }

    /// Writes `a · bᵀ` into `c` (a: m × n, b: p × n, c: m × p): the forward product `X · Wᵀ`.
    public static func multiply(_ a: Matrix, transposing b: Matrix, into c: inout Matrix) {
        precondition(a.columns == b.columns, "cannot multiply \(a.rows) × \(a.columns) by (\(b.rows) × \(b.columns))ᵀ")
        precondition(c.rows == a.rows && c.columns == b.rows, "result must be \(a.rows) × \(b.rows)")
        let (m, n, p) = (a.rows, a.columns, b.rows)
        a.values.withUnsafeBufferPointer { a in
            b.values.withUnsafeBufferPointer { b in
                c.values.withUnsafeMutableBufferPointer { c in
                    // c[i, j] = Σ_k a[i, k] · b[j, k]: a dot product of two contiguous rows
                    for i in 0..<m {
                        for j in 0..<p {
                            var sum = 0.0
                            for k in 0..<n { sum += a[i * n + k] * b[j * n + k] }
                            c[i * p + j] = sum
                        }
                    }
                }
            }
        }
    }

    /// Writes `aᵀ · b` into `c` (a: m × n, b: m × p, c: n × p): the weight gradient `Δᵀ · X`.
    ///
    /// Each entry sums over the m rows (the samples) in eight running sums, row s into sum
    /// s mod 8, added pairwise at the end: the order of the lane kernels (`Lanes`), so that
    /// the trainer's fast path and this general path compute the same bits.
    public static func multiply(transposing a: Matrix, _ b: Matrix, into c: inout Matrix) {
        precondition(a.rows == b.rows, "cannot multiply (\(a.rows) × \(a.columns))ᵀ by \(b.rows) × \(b.columns)")
        precondition(c.rows == a.columns && c.columns == b.columns, "result must be \(a.columns) × \(b.columns)")
        let (m, n, p) = (a.rows, a.columns, b.columns)
        a.values.withUnsafeBufferPointer { a in
            b.values.withUnsafeBufferPointer { b in
                c.values.withUnsafeMutableBufferPointer { c in
                    // c[i, j] = Σ_s a[s, i] · b[s, j], as `Lanes.sum(count:_:)` sums (written out here
                    // so that unoptimized builds need no closure call per term)
                    for i in 0..<n {
                        for j in 0..<p {
                            var sums = Lanes.Vector(repeating: 0)
                            var s = 0
                            while s + Lanes.width <= m {
                                for l in 0..<Lanes.width { sums[l] += a[(s + l) * n + i] * b[(s + l) * p + j] }
                                s += Lanes.width
                            }
                            for l in 0..<(m - s) { sums[l] += a[(s + l) * n + i] * b[(s + l) * p + j] }
                            c[i * p + j] = Lanes.total(sums)
                        }
                    }
                }
            }
        }
    }

    // MARK: - Rows and columns

    /// Adds `vector` to every row (the bias in `X · Wᵀ + b`).
    public mutating func addRowVector(_ vector: [Double]) {
        precondition(vector.count == columns, "\(vector.count) values for \(columns) columns")
        let (m, n) = (rows, columns)
        vector.withUnsafeBufferPointer { v in
            values.withUnsafeMutableBufferPointer { x in
                for i in 0..<m {
                    for j in 0..<n { x[i * n + j] += v[j] }
                }
            }
        }
    }

    /// Writes the sum of each column into `sums` (the bias gradient `Σ_rows Δ`), in the order of
    /// `multiply(transposing:_:into:)`.
    public func columnSums(into sums: inout [Double]) {
        precondition(sums.count == columns, "\(sums.count) sums for \(columns) columns")
        let (m, n) = (rows, columns)
        values.withUnsafeBufferPointer { x in
            sums.withUnsafeMutableBufferPointer { s in
                for j in 0..<n { s[j] = Lanes.sum(count: m) { i in x[i * n + j] } }
            }
        }
    }

    // MARK: - Allocating conveniences

    /// The matrix product `lhs · rhs`.
    ///
    /// ```swift
    /// Matrix([[1, 2]]) * Matrix([[3], [4]])   // [[11]]
    /// ```
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        var c = Matrix(rows: lhs.rows, columns: rhs.columns)
        multiply(lhs, rhs, into: &c)
        return c
    }

    /// Entry-by-entry sum.
    public static func + (lhs: Matrix, rhs: Matrix) -> Matrix {
        lhs.combined(with: rhs, +)
    }

    /// Entry-by-entry difference.
    public static func - (lhs: Matrix, rhs: Matrix) -> Matrix {
        lhs.combined(with: rhs, -)
    }

    /// Every entry times `scalar`.
    public static func * (scalar: Double, matrix: Matrix) -> Matrix {
        Matrix(rows: matrix.rows, columns: matrix.columns, values: matrix.values.map { scalar * $0 })
    }

    /// Entry-by-entry (Hadamard) product.
    public func hadamard(_ other: Matrix) -> Matrix {
        combined(with: other, *)
    }

    /// The matrix with `transform` applied to every entry.
    public func map(_ transform: (Double) -> Double) -> Matrix {
        Matrix(rows: rows, columns: columns, values: values.map(transform))
    }

    private func combined(with other: Matrix, _ op: (Double, Double) -> Double) -> Matrix {
        precondition(rows == other.rows && columns == other.columns,
                     "shapes differ: \(rows) × \(columns) and \(other.rows) × \(other.columns)")
        var out = values
        for k in out.indices { out[k] = op(out[k], other.values[k]) }
        return Matrix(rows: rows, columns: columns, values: out)
    }
}
