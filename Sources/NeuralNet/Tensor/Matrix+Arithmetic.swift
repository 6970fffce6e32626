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
                    productRows(a, b, into: c, m: m, n: n, p: p)
                }
            }
        }
    }

    /// c = a · b for a: m × n, b: n × p, c: m × p: c[i, j] = Σ_k a[i, k] · b[k, j], summed from 0 in
    /// order of k. Four or eight entries of a row of c at a time in vector sums (each lane one
    /// entry, so the order per entry is the same), the rest one by one.
    private static func productRows(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>,
                                    into c: UnsafeMutableBufferPointer<Double>, m: Int, n: Int, p: Int) {
        guard m > 0, p > 0, let c = c.baseAddress else { return }
        guard n > 0, let a = a.baseAddress, let b = b.baseAddress else {
            c.update(repeating: 0, count: m * p)
            return
        }
        for i in 0..<m {
            let (aRow, cRow) = (a + i * n, c + i * p)
            var j = 0
            while j + 8 <= p {
                var sum = SIMD8<Double>(repeating: 0)
                for k in 0..<n { sum += aRow[k] * UnsafeRawPointer(b + k * p + j).loadUnaligned(as: SIMD8<Double>.self) }
                UnsafeMutableRawPointer(cRow + j).storeBytes(of: sum, as: SIMD8<Double>.self)
                j += 8
            }
            while j + 4 <= p {
                var sum = SIMD4<Double>(repeating: 0)
                for k in 0..<n { sum += aRow[k] * UnsafeRawPointer(b + k * p + j).loadUnaligned(as: SIMD4<Double>.self) }
                UnsafeMutableRawPointer(cRow + j).storeBytes(of: sum, as: SIMD4<Double>.self)
                j += 4
            }
            for j in j..<p {
                var sum = 0.0
                for k in 0..<n { sum += aRow[k] * b[k * p + j] }
                cRow[j] = sum
            }
        }
    }

    /// Writes `a · bᵀ` into `c` (a: m × n, b: p × n, c: m × p): the forward product `X · Wᵀ`.
    /// Each entry is summed from 0 in order of k, as in `multiply(_:_:into:)`.
    public static func multiply(_ a: Matrix, transposing b: Matrix, into c: inout Matrix) {
        precondition(a.columns == b.columns, "cannot multiply \(a.rows) × \(a.columns) by (\(b.rows) × \(b.columns))ᵀ")
        precondition(c.rows == a.rows && c.columns == b.rows, "result must be \(a.rows) × \(b.rows)")
        let (m, n, p) = (a.rows, a.columns, b.rows)
        a.values.withUnsafeBufferPointer { a in
            b.values.withUnsafeBufferPointer { b in
                c.values.withUnsafeMutableBufferPointer { c in
                    if p >= 4 {
                        // bᵀ (n × p) on the stack, so that a row of c is a vector sum over k
                        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, n * p)) { bt in
                            transpose(b, rows: p, columns: n, into: bt.baseAddress!)
                            productRows(a, UnsafeBufferPointer(bt), into: c, m: m, n: n, p: p)
                        }
                        return
                    }
                    // few columns: c[i, j] = Σ_k a[i, k] · b[j, k], a dot product of two contiguous
                    // rows, four rows of a at a time, four independent sums
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
                    // aᵀ and bᵀ on the stack, so that c[i, j] is a dot product of two contiguous
                    // rows in lanes: four entries of c's row i at a time, lane l of each vector
                    // sum holding the terms with s mod 8 = l
                    guard let out = c.baseAddress else { return }          // n·p = 0
                    withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, (n + p) * m)) { scratch in
                        let (at, bt) = (scratch.baseAddress!, scratch.baseAddress! + n * m)
                        transpose(a, rows: m, columns: n, into: at)
                        transpose(b, rows: m, columns: p, into: bt)
                        for i in 0..<n {
                            Lanes.dots(at + i * m, rowsOf: bt, rows: p, count: m, into: out + i * p)
                        }
                    }
                }
            }
        }
    }

    /// t = xᵀ for x: rows × columns, row-major (t[j·rows + s] = x[s·columns + j]).
    private static func transpose(_ x: UnsafeBufferPointer<Double>, rows: Int, columns: Int,
                                  into t: UnsafeMutablePointer<Double>) {
        for s in 0..<rows {
            for j in 0..<columns { t[j * rows + s] = x[s * columns + j] }
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
    /// `multiply(transposing:_:into:)`: the columns, transposed on the stack, dotted with ones
    /// (1·x is x, bit for bit), four at a time.
    public func columnSums(into sums: inout [Double]) {
        precondition(sums.count == columns, "\(sums.count) sums for \(columns) columns")
        let (m, n) = (rows, columns)
        values.withUnsafeBufferPointer { x in
            sums.withUnsafeMutableBufferPointer { sums in
                guard let out = sums.baseAddress else { return }       // no columns
                withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, (n + 1) * m)) { scratch in
                    let (ones, xt) = (scratch.baseAddress!, scratch.baseAddress! + m)
                    ones.update(repeating: 1, count: m)
                    Matrix.transpose(x, rows: m, columns: n, into: xt)
                    Lanes.dots(ones, rowsOf: xt, rows: n, count: m, into: out)
                }
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
    /// Σ_s a[s]·b_k[s] for four rows b_k at once, each in the order of `sum(count:_:)`: term s
    /// in lane s mod 8 of the row's vector sum (the tail lane by lane), lanes added pairwise.
    @inlinable @inline(__always)
    static func dots(_ a: UnsafePointer<Double>,
                     _ b: (UnsafePointer<Double>, UnsafePointer<Double>, UnsafePointer<Double>, UnsafePointer<Double>),
                     count: Int) -> (Double, Double, Double, Double) {
        var (s0, s1, s2, s3) = (Vector(), Vector(), Vector(), Vector())
        var s = 0
        while s + width <= count {
            let x = load(a + s)
            s0 += x * load(b.0 + s)
            s1 += x * load(b.1 + s)
            s2 += x * load(b.2 + s)
            s3 += x * load(b.3 + s)
            s += width
        }
        for l in 0..<(count - s) {
            s0[l] += a[s + l] * b.0[s + l]
            s1[l] += a[s + l] * b.1[s + l]
            s2[l] += a[s + l] * b.2[s + l]
            s3[l] += a[s + l] * b.3[s + l]
        }
        return (total(s0), total(s1), total(s2), total(s3))
    }

    /// out[j] = Σ_s a[s]·b[j·count + s] for each of b's `rows` rows of `count` values, in the
    /// order of `sum(count:_:)`: four rows at a time through `dots(_:_:count:)`, the rest one by one.
    @inlinable @inline(__always)
    static func dots(_ a: UnsafeMutablePointer<Double>, rowsOf b: UnsafeMutablePointer<Double>, rows: Int,
                     count: Int, into out: UnsafeMutablePointer<Double>) {
        let (a, b) = (UnsafePointer(a), UnsafePointer(b))
        var j = 0
        while j + 4 <= rows {
            let row = b + j * count
            (out[j], out[j + 1], out[j + 2], out[j + 3]) =
                dots(a, (row, row + count, row + 2 * count, row + 3 * count), count: count)
            j += 4
        }
        for j in j..<rows {
            let row = b + j * count
            out[j] = sum(count: count) { s in a[s] * row[s] }
        }
    }

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
