// Sample lanes: the layout of the fast kernels. A batch of values per neuron (or per input
// feature) is one contiguous row with one lane per sample, the sample count padded to a
// multiple of `Lanes.width`, so that loops over samples vectorize.
//
// Sums over samples use a fixed width of eight running sums (sample s goes into sum s mod 8),
// added pairwise at the end: ((s₀ + s₁) + (s₂ + s₃)) + ((s₄ + s₅) + (s₆ + s₇)). The order of
// every addition is fixed by the source, never by the CPU's vector width, and no product is
// fused into an add, so the bits are the same in debug and release builds and on every target.

/// Small kernels over rows of sample lanes.
@usableFromInline
enum Lanes {
    /// The number of running sums, and the multiple that every row's length is padded to.
    @usableFromInline static let width = 8
    @usableFromInline typealias Vector = SIMD8<Double>

    /// `count` rounded up to a multiple of `width`.
    static func paddedCount(_ count: Int) -> Int {
        (count + width - 1) / width * width
    }

    // MARK: - Loads and stores

    @inlinable @inline(__always)
    static func load(_ p: UnsafePointer<Double>) -> Vector {
        UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
    }

    @inlinable @inline(__always)
    static func load(_ p: UnsafeMutablePointer<Double>) -> Vector {
        load(UnsafePointer(p))
    }

    @inlinable @inline(__always)
    static func store(_ v: Vector, to p: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self)
    }

    // MARK: - Sums over samples

    /// The eight running sums added pairwise, in a fixed order.
    @inlinable @inline(__always)
    static func total(_ v: Vector) -> Double {
        ((v[0] + v[1]) + (v[2] + v[3])) + ((v[4] + v[5]) + (v[6] + v[7]))
    }

    /// Σ_s a[s]·b[s] over `count` lanes (a multiple of `width`).
    @inlinable @inline(__always)
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, count: Int) -> Double {
        var sums = Vector(repeating: 0)
        var s = 0
        while s < count {
            sums += load(a + s) * load(b + s)
            s += width
        }
        return total(sums)
    }

    /// Σ_s a[s] over `count` lanes (a multiple of `width`).
    @inlinable @inline(__always)
    static func sum(_ a: UnsafePointer<Double>, count: Int) -> Double {
        var sums = Vector(repeating: 0)
        var s = 0
        while s < count {
            sums += load(a + s)
            s += width
        }
        return total(sums)
    }

    // `sum(count:_:)`, the same sums over terms of a closure, is in Matrix+Arithmetic.swift, the
    // file that uses it (so that builds which optimize file by file inline the closure).

    // MARK: - Products over neurons

    /// y[s] = b + Σ_j w[j]·rows[j][s] for `count` lanes, where row j starts at `rows + j·stride`.
    ///
    /// The sum over j starts from 0 and runs in order, then b is added: for every sample this is
    /// exactly the dot product `Σ_j x_j·w_j` of `Matrix.multiply(_:transposing:into:)` followed
    /// by `addRowVector`, so a forward pass in lanes gives the general path's bits.
    @inlinable @inline(__always)
    static func weightedSum(of rows: UnsafePointer<Double>, stride: Int, rowCount: Int,
                            weights w: UnsafePointer<Double>, bias b: Double,
                            into y: UnsafeMutablePointer<Double>, count: Int) {
        var s = 0
        while s < count {
            var sum = Vector(repeating: 0)
            for j in 0..<rowCount { sum += load(rows + j * stride + s) * w[j] }
            store(sum + b, to: y + s)
            s += width
        }
    }

    /// `weightedSum(of:stride:rowCount:weights:bias:into:count:)` for two weight vectors at once,
    /// reading each row once: the same operations in the same order for each, so the same bits.
    @inlinable @inline(__always)
    static func weightedSums(of rows: UnsafePointer<Double>, stride: Int, rowCount: Int,
                             weights w: (UnsafePointer<Double>, UnsafePointer<Double>), biases b: (Double, Double),
                             into y: (UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>), count: Int) {
        var s = 0
        while s < count {
            var sum0 = Vector(repeating: 0), sum1 = Vector(repeating: 0)
            for j in 0..<rowCount {
                let row = load(rows + j * stride + s)
                sum0 += row * w.0[j]
                sum1 += row * w.1[j]
            }
            store(sum0 + b.0, to: y.0 + s)
            store(sum1 + b.1, to: y.1 + s)
            s += width
        }
    }

    /// y[s] = Σ_j w[j·weightStride]·rows[j][s] for `count` lanes, without a bias: the sum over j
    /// starts from 0 and runs in order, as in `Matrix.multiply(_:_:into:)` (Δ · W, a column of W).
    @inlinable @inline(__always)
    static func weightedSum(of rows: UnsafePointer<Double>, stride: Int, rowCount: Int,
                            weights w: UnsafePointer<Double>, weightStride: Int,
                            into y: UnsafeMutablePointer<Double>, count: Int) {
        var s = 0
        while s < count {
            var sum = Vector(repeating: 0)
            for j in 0..<rowCount { sum += load(rows + j * stride + s) * w[j * weightStride] }
            store(sum, to: y + s)
            s += width
        }
    }
}
