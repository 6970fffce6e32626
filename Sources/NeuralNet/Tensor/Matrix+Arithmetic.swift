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
                    // c[i, j] = Σ_k a[i, k] · b[j, k]: a dot product of two contiguous rows, summed
                    // in order of k; four rows of a at a time, four independent sums
                    var i = 0
                    while i + 4 <= m {
                        let (a0, a1, a2, a3) = (i * n, (i + 1) * n, (i + 2) * n, (i + 3) * n)
                        for j in 0..<p {
                            var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
                            for k in 0..<n {
                                let w = b[j * n + k]
                                s0 += a[a0 + k] * w
                                s1 += a[a1 + k] * w
                                s2 += a[a2 + k] * w
                                s3 += a[a3 + k] * w
                            }
                            (c[i * p + j], c[(i + 1) * p + j], c[(i + 2) * p + j], c[(i + 3) * p + j]) = (s0, s1, s2, s3)
                        }
                        i += 4
                    }
                    for i in i..<m {
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
                    // c[i, j] = Σ_s a[s, i] · b[s, j] in the order of `Lanes.sum(count:_:)`: the
                    // eight running sums of a whole row c[i, ·] side by side (sums[l·p + j] holds
                    // the terms with s mod 8 = l), so the innermost loop runs along b's rows
                    withUnsafeTemporaryAllocation(of: Double.self, capacity: Lanes.width * p) { sums in
                        for i in 0..<n {
                            for k in 0..<sums.count { sums[k] = 0 }
                            for s in 0..<m {
                                let (aSI, sum, row) = (a[s * n + i], (s % Lanes.width) * p, s * p)
                                for j in 0..<p { sums[sum + j] += aSI * b[row + j] }
                            }
                            for j in 0..<p {
                                c[i * p + j] = Lanes.total(Lanes.Vector(
                                    sums[j], sums[p + j], sums[2 * p + j], sums[3 * p + j],
                                    sums[4 * p + j], sums[5 * p + j], sums[6 * p + j], sums[7 * p + j]))
                            }
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

extension Lanes {
    /// Σ_s term(s) for s in 0..<count in the same order as `sum` and `dot`: term s goes into
    /// running sum s mod 8, the eight added pairwise at the end. The general path's sums over
    /// samples (`Matrix.multiply(transposing:_:into:)`, `columnSums`) use it, so that they have
    /// the lane kernels' bits. Eight scalar sums rather than one eight-lane vector: the same
    /// additions, without inserting into and extracting from vector lanes term by term.
    @inlinable @inline(__always)
    static func sum(count: Int, _ term: (Int) -> Double) -> Double {
        var (s0, s1, s2, s3, s4, s5, s6, s7) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
        var s = 0
        while s + width <= count {
            s0 += term(s)
            s1 += term(s + 1)
            s2 += term(s + 2)
            s3 += term(s + 3)
            s4 += term(s + 4)
            s5 += term(s + 5)
            s6 += term(s + 6)
            s7 += term(s + 7)
            s += width
        }
        var sums = Vector(s0, s1, s2, s3, s4, s5, s6, s7)
        for l in 0..<(count - s) { sums[l] += term(s + l) }
        return total(sums)
    }
}
