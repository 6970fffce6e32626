// Four-lane forms of tanh and the sigmoid for the batch functions.
//
// Each function below repeats the scalar function in Elementary.swift operation for operation
// (same formulas, same order, selects where the scalar code has `?:`, no FMA), on SIMD4 values,
// so every lane gets exactly the scalar bits. Writing the lanes out, instead of hoping that the
// optimizer vectorizes the scalar loop, makes the batch forms vector code on every build and
// target, also when input and output are the same memory (a whole vector is loaded before it is
// stored). The lane width is fixed at 4 whatever the CPU (on the default SSE2 target, wider vectors
// measured no faster); it changes no bits here (every lane is independent), only speed.

extension Elementary {
    @usableFromInline typealias Vector = SIMD4<Double>
    @usableFromInline typealias VectorBits = SIMD4<UInt64>

    // MARK: - Batch forms

    /// Writes `tanh(x[i])` to `y[i]` for every i; same rules as `exp(_:into:)`.
    ///
    /// ```swift
    /// let x: [Double] = [-1, 0, 1]
    /// var y = [Double](repeating: 0, count: 3)
    /// x.withUnsafeBufferPointer { xs in
    ///     y.withUnsafeMutableBufferPointer { Elementary.tanh(xs, into: $0) }
    /// }
    /// ```
    public static func tanh(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        tanhPieces.withUnsafeBufferPointer { pieces in
            let table = pieces.baseAddress!
            applyVector(x, into: y) { tanh($0, pieces: table) }
        }
    }

    /// Writes `sigmoid(x[i])` to `y[i]` for every i; same rules as `exp(_:into:)`.
    ///
    /// ```swift
    /// var z: [Double] = [-2, 0, 2]
    /// z.withUnsafeMutableBufferPointer { Elementary.sigmoid(UnsafeBufferPointer($0), into: $0) }
    /// ```
    public static func sigmoid(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        applyVector(x, into: y) { sigmoid($0) }
    }

    /// Runs `f` on `x` four values at a time (the last partial group padded with zeros, which
    /// are computed and dropped), writing to `y`; `x` and `y` may be the same memory.
    @inline(__always)
    static func applyVector(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>,
                            _ f: (Vector) -> Vector) {
        precondition(x.count == y.count, "batch input has \(x.count) values, output \(y.count)")
        guard let input = x.baseAddress, let output = y.baseAddress else { return }
        let count = x.count
        var i = 0
        while i + Vector.scalarCount <= count {
            let v = UnsafeRawPointer(input + i).loadUnaligned(as: Vector.self)
            UnsafeMutableRawPointer(output + i).storeBytes(of: f(v), as: Vector.self)
            i += Vector.scalarCount
        }
        guard i < count else { return }
        var v = Vector(repeating: 0)
        for l in 0..<(count - i) { v[l] = input[i + l] }
        let result = f(v)
        for l in 0..<(count - i) { output[i + l] = result[l] }
    }

    // MARK: - The functions, lane by lane

    /// `tanh(_:)` in four lanes: each lane's piece gathered from the table, the same operations.
    @inline(__always)
    static func tanh(_ x: Vector, pieces: UnsafePointer<Double>) -> Vector {
        let xBits = bits(x)
        let magnitude = double(xBits & ~signMask)
        let a = magnitude.replacing(with: 19.5, where: magnitude .> 19.5)
        let small = a .< tanhSmallLimit
        // tanhPieceIndex: NaN and a < 0x1.f8p−8 go to row 0
        let inRange = a.replacing(with: 0x1.f8p-8, where: .!(a .>= 0x1.f8p-8))
        let first = 0x1.f8p-8.bitPattern &>> tanhPieceShift
        let index = (bits(inRange) &>> tanhPieceShift) &- first
        // tanhPieceCentre
        let low: UInt64 = (1 &<< tanhPieceShift) &- 1
        let centre = double((bits(a) & ~low) | (1 &<< (tanhPieceShift &- 1)))
        let t = a - centre.replacing(with: 0, where: small)
        let r0 = pieces + Int(truncatingIfNeeded: index[0]) &* tanhPieceSize
        let r1 = pieces + Int(truncatingIfNeeded: index[1]) &* tanhPieceSize
        let r2 = pieces + Int(truncatingIfNeeded: index[2]) &* tanhPieceSize
        let r3 = pieces + Int(truncatingIfNeeded: index[3]) &* tanhPieceSize
        @inline(__always) func c(_ k: Int) -> Vector { Vector(r0[k], r1[k], r2[k], r3[k]) }
        // tanhPolynomial
        var p = c(9) * t + c(8)
        p = p * t + c(7)
        p = p * t + c(6)
        p = p * t + c(5)
        p = p * t + c(4)
        p = p * t + c(3)
        p = p * t + c(2)
        let m = c(0).replacing(with: a, where: small) + (c(1) + p * t)
        return double((bits(m) & ~signMask) | (xBits & signMask))
    }

    /// `sigmoid(_:)` in four lanes: 1 / (1 + e) for x ≥ 0 and e / (1 + e) for x < 0, e = e^−|x|.
    @inline(__always)
    static func sigmoid(_ x: Vector) -> Vector {
        let negativeMagnitude = double(bits(x) | signMask)      // −|x|, NaN kept
        let (hi, lo, s1, s2) = expParts(negativeMagnitude)
        let eHi = (hi * s1) * s2
        let eLo = (lo * s1) * s2
        let dHi = 1 + eHi
        let dLo = ((1 - dHi) + eHi) + eLo
        let isNegative = x .< 0
        let nHi = Vector(repeating: 1).replacing(with: eHi, where: isNegative)
        let nLo = Vector(repeating: 0).replacing(with: eLo, where: isNegative)
        let q = nHi / dHi
        let reciprocal = q.replacing(with: 1 - q, where: isNegative)
        return q + quotientResidual(q, nHi, nLo, dHi, dLo) * reciprocal
    }

    // MARK: - Kernels (see the scalar versions for the formulas)

    /// `expParts(_:)` in four lanes: e^x = (hi + lo) · s1 · s2.
    @inline(__always)
    static func expParts(_ x: Vector) -> (hi: Vector, lo: Vector, s1: Vector, s2: Vector) {
        var clamped = x.replacing(with: -750, where: x .< -750)
        clamped.replace(with: 750, where: x .> 750)
        let (pHi, pLo, kBits) = expReduction(clamped)
        // splitPowersOfTwo: 2^k = 2^k1 · 2^k2, k1 = ⌊k/2⌋.
        let k = kBits &- roundingShift.bitPattern
        let k1 = ((k &+ 2048) &>> 1) &- 1024
        let k2 = k &- k1
        let hi = 1 + pHi
        let lo = ((1 - hi) + pHi) + pLo
        return (hi, lo, double((k1 &+ 1023) &<< 52), double((k2 &+ 1023) &<< 52))
    }

    /// `expReduction(_:exactSquare: false)` in four lanes (k itself is not needed by the callers).
    @inline(__always)
    static func expReduction(_ x: Vector) -> (pHi: Vector, pLo: Vector, kBits: VectorBits) {
        let shifted = x * log2e + roundingShift
        let k = shifted - roundingShift
        let rHi = x - k * ln2Hi
        let kLo = k * ln2Lo
        let r = rHi - kLo
        let rLo = (rHi - r) - kLo
        let r2 = r * r
        let q = r2 * 0.5 + expm1CubicTail(r, r2)
        let head = r + q
        let low = ((r - head) + q) + rLo * (1 + r)
        let pHi = head + low
        let pLo = (head - pHi) + low
        return (pHi, pLo, bits(shifted))
    }

    /// `expm1CubicTail(_:_:)` in four lanes: r³·(1/3! + r/4! + … + r^10/13!) by Estrin's scheme.
    @inline(__always)
    static func expm1CubicTail(_ r: Vector, _ r2: Vector) -> Vector {
        let r4 = r2 * r2
        let r8 = r4 * r4
        let a0 = 0x1.5555555555555p-3 + r * 0x1.5555555555555p-5
        let a1 = 0x1.1111111111111p-7 + r * 0x1.6c16c16c16c17p-10
        let a2 = 0x1.a01a01a01a01ap-13 + r * 0x1.a01a01a01a01ap-16
        let a3 = 0x1.71de3a556c734p-19 + r * 0x1.27e4fb7789f5cp-22
        let a4 = 0x1.ae64567f544e4p-26 + r * 0x1.1eed8eff8d898p-29
        let b0 = a0 + r2 * a1
        let b1 = a2 + r2 * a3
        let b2 = a4 + r2 * 0x1.6124613a86d09p-33
        return (r2 * r) * ((b0 + r4 * b1) + r8 * b2)
    }

    /// The residual (nHi + nLo) − q·(dHi + dLo) of `correctedQuotient`, q·dHi by Dekker's product.
    @inline(__always)
    static func quotientResidual(_ q: Vector, _ nHi: Vector, _ nLo: Vector, _ dHi: Vector, _ dLo: Vector) -> Vector {
        let (product, productError) = twoProduct(q, dHi)
        return (((nHi - product) - productError) + nLo) - q * dLo
    }

    /// `twoProduct(_:_:)` in four lanes: a · b = product + error exactly (Dekker, Veltkamp).
    @inline(__always)
    static func twoProduct(_ a: Vector, _ b: Vector) -> (Vector, Vector) {
        let product = a * b
        let (aHi, aLo) = split(a)
        let (bHi, bLo) = split(b)
        return (product, ((aHi * bHi - product) + aHi * bLo + aLo * bHi) + aLo * bLo)
    }

    @inline(__always)
    static func split(_ a: Vector) -> (Vector, Vector) {
        let c = 0x1.0000002p27 * a
        let hi = c - (c - a)
        return (hi, a - hi)
    }

    // MARK: - Bits

    @inline(__always)
    static func bits(_ v: Vector) -> VectorBits { unsafeBitCast(v, to: VectorBits.self) }

    @inline(__always)
    static func double(_ b: VectorBits) -> Vector { unsafeBitCast(b, to: Vector.self) }
}
