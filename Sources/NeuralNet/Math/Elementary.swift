/// Deterministic elementary functions in pure Swift: the same bits on every CPU.
///
/// glibc chooses its `exp`, `log` and `tanh` by CPU features at load time, so their last bit can
/// differ between machines; weave's trained weights and printed numbers must not. Everything here
/// is plain IEEE-754 double arithmetic: additions, multiplications, divisions and bit operations,
/// never a fused multiply-add (Swift does not contract `a * b + c`, and `fma` would change bits
/// between targets) and never a libm call.
///
/// The functions are branch-light so that loops calling them vectorize when inlined: ranges are
/// reduced by ln 2 with a two-part constant, short polynomials are evaluated with Estrin's scheme,
/// powers of two are built from exponent bits, out-of-range arguments are clamped and special
/// values are chosen with selects. Intermediate values are carried as unevaluated sums hi + lo
/// where it matters, so all results are within 1 ulp of the true value (measured maxima: 0.53 ulp
/// on the mpmath fixture, 0.77 ulp over millions of random points checked in 80-bit arithmetic);
/// NaN passes through, ±∞ and ±0 give the limits. tanh and the sigmoid, the training kernels'
/// activations and so their hottest functions, instead add a short series to the function's value
/// at the nearest of a few hundred tabulated points (Elementary+TanhTable.swift and
/// Elementary+SigmoidTable.swift, written and checked by make_tables.py): no exponential in the
/// range training uses, within 0.51 and 0.59 ulp.
///
/// ```swift
/// Elementary.exp(1)          // 2.718281828459045
/// Elementary.tanh(0.5)       // 0.46211715726000974
/// Elementary.sigmoid(-800)   // 0 (no overflow in e^800)
/// ```
///
/// Batch forms (`exp(_:into:)`, `tanh(_:into:)`, …) give exactly the scalar function's bits.
///
/// Everything lives in this one file on purpose, the four-lane forms of the batch functions too:
/// NeuralNet is compiled with `-O` but, in debug builds, file by file, and the optimizer inlines
/// (and so vectorizes) only bodies from the same file (measured: the batch tanh takes 12 ns per
/// element in a debug build when its lanes code is in a file of its own, 6.5 ns here, 3.8 ns in a
/// release build). Callers in other files should prefer the batch forms in hot loops.
public enum Elementary {
    // MARK: - Exponentials

    // e^x and e^x − 1 by range reduction: x = k·ln 2 + r with k = round(x / ln 2), |r| ≤ ln 2 / 2,
    // e^x = 2^k · (1 + p(r)) where p(r) ≈ e^r − 1 is a Taylor polynomial of degree 13
    // (truncation error r^14/14! < 5e-18 relative at |r| = 0.347). r and p are carried as
    // unevaluated sums hi + lo, so only the last operation rounds noticeably (≈ 0.5 ulp).

    /// e^x, within 1 ulp; overflows to +∞ above 709.78 and underflows through subnormals to 0
    /// below −745.13.
    ///
    /// ```swift
    /// Elementary.exp(0)     // 1
    /// Elementary.exp(-1000) // 0
    /// ```
    @inlinable @inline(__always)
    public static func exp(_ x: Double) -> Double {
        let (hi, lo, s1, s2) = expParts(x)
        // 2^k = s1 · s2, each a normal number, so overflow and gradual underflow happen only in
        // the last product.
        return ((hi + lo) * s1) * s2
    }

    /// e^x − 1, accurate also for tiny x (where `exp(x) - 1` would cancel), within 1 ulp.
    ///
    /// ```swift
    /// Elementary.expm1(1e-10) // 1.00000000005e-10
    /// Elementary.expm1(-50)   // -1
    /// ```
    @inlinable @inline(__always)
    public static func expm1(_ x: Double) -> Double {
        // Below −40 the result rounds to −1; above 750 to +∞. The comparisons keep NaN.
        let clamped = x > 750 ? 750 : (x < -40 ? -40 : x)
        let (pHi, pLo, k, kBits) = expReduction(clamped, exactSquare: true)
        // k ≤ 53: e^x − 1 = (2^k − 1) + 2^k·pHi + 2^k·pLo, the first two summed exactly.
        let (sum, error) = expm1Sum(pHi, pLo, kBits: kBits)
        let small = sum + error
        // k > 53: (1 + p − 2^−k) · 2^k with 2^k = s1 · s2, which may overflow to +∞.
        let (s1, s2, inverseS1, inverseS2) = splitPowersOfTwo(kBits)
        let (hi, lo) = onePlus(pHi, pLo)
        let large = ((hi + (lo - inverseS1 * inverseS2)) * s1) * s2
        let result = k > 53 ? large : small
        // The polynomial returns +0 for r = −0; keep the sign of zero.
        return x == 0 ? x : result
    }

    // MARK: - Logarithms

    // ln x by x = 2^k · m with m ∈ [√½, √2), f = m − 1, s = f / (2 + f), |s| ≤ 0.1716:
    // ln(1 + f) = 2·atanh(s) = 2s + s·T(s), T = 2s²/3 + 2s⁴/5 + … + 2s²⁰/21, and since 2s = f − s·f
    // and f²/2 − s·f = s·f²/2: ln(1 + f) = f − f²/2 + s·(f²/2 + T), where f and f²/2 are carried
    // exactly and the rounded part is at most 0.02.

    /// The natural logarithm, within 1 ulp: −∞ at ±0, NaN below 0, +∞ at +∞.
    ///
    /// ```swift
    /// Elementary.log(1)     // 0
    /// Elementary.log(0x1p-1074) // -744.4400719213812
    /// ```
    @inlinable @inline(__always)
    public static func log(_ x: Double) -> Double {
        // Subnormals: scale by 2^54 first so the exponent field holds all of the magnitude.
        let isSubnormal = x < 0x1p-1022
        let scaled = isSubnormal ? x * 0x1p54 : x
        let result = logOfPositiveNormal(scaled, correction: 0, extraExponent: isSubnormal ? -54 : 0)
        return limits(of: x, result: result, pole: 0)
    }

    /// ln(1 + x), accurate also for tiny x (where `log(1 + x)` would lose x), within 1 ulp.
    ///
    /// ```swift
    /// Elementary.log1p(1e-20) // 1e-20
    /// Elementary.log1p(-1)    // -infinity
    /// ```
    @inlinable @inline(__always)
    public static func log1p(_ x: Double) -> Double {
        // u = 1 + x rounded, c its exact rounding error (Knuth's two-sum): 1 + x = u + c, and
        // ln(1 + x) = ln u + ln(1 + c/u) ≈ ln u + c/u. u ≥ 2^−53, never subnormal.
        let u = 1 + x
        let xPart = u - 1
        let c = (1 - (u - xPart)) + (x - xPart)
        let result = logOfPositiveNormal(u, correction: c / u, extraExponent: 0)
        return x == 0 ? x : limits(of: x, result: result, pole: -1)
    }

    // MARK: - tanh and sigmoid

    // tanh |x| by its addition formula from a table (Elementary+TanhTable.swift, written and
    // checked by make_tables.py): a = |x| falls into one of 720 pieces picked by its exponent
    // and top six significand bits; with the piece's centre c, t = a − c (exact, |t| ≤ c/128),
    // T = tanh c tabulated as hi + lo and u = tanh t from Taylor's series to t⁷,
    //     tanh(c + t) = T + (1 − T²)·u / (1 + T·u),
    // where the correction after T is at most 1/128 of the result, so only the last addition
    // rounds noticeably. No exponential and two table reads: the training kernels' hidden layer
    // spends most of its time here.

    /// The hyperbolic tangent, odd, within 0.52 ulp; ±1 beyond |x| ≈ 19.06.
    ///
    /// ```swift
    /// Elementary.tanh(1)    // 0.7615941559557649
    /// Elementary.tanh(-30)  // -1
    /// ```
    @inlinable @inline(__always)
    public static func tanh(_ x: Double) -> Double {
        // Past 19.5 the result rounds to 1 anyway; NaN survives the clamp (and gives NaN below).
        let magnitude = x.magnitude
        let a = magnitude > 19.5 ? 19.5 : magnitude
        let small = a < tanhSmallLimit
        let piece = tanhPieceIndex(a)
        let t = a - (small ? 0 : tanhPieceCentre(a))
        let m = tanhSum(tanhHi[piece], tanhLo[piece], tanhNearZero(t))
        // tanh(−x) = −tanh(x): the magnitude of m with the sign bit of x (−0 for −0).
        return Double(bitPattern: (m.bitPattern & ~signMask) | (x.bitPattern & signMask))
    }

    /// The logistic sigmoid 1 / (1 + e^−x), within 0.6 ulp for both signs.
    ///
    /// For |x| ≤ 40, σ(−|x|) is σ at the nearest multiple c of 1/16 (tabulated as hi + lo in
    /// Elementary+SigmoidTable.swift) plus a correction: with t = −|x| − c and w = 1 − e^−t,
    /// σ(c + t) = S / (1 − (1 − S)·w), S = σ(c); then σ(|x|) = 1 − σ(−|x|) with 1 − hi exact, so
    /// tiny values for negative x keep full relative accuracy. Below −40, σ(x) is e^x to within
    /// 4.3e-18 (down to subnormals, then 0); above 40 it rounds to 1.
    ///
    /// ```swift
    /// Elementary.sigmoid(0)    // 0.5
    /// Elementary.sigmoid(-40)  // 4.248354255291589e-18
    /// ```
    @inlinable @inline(__always)
    public static func sigmoid(_ x: Double) -> Double {
        let y = -x.magnitude                                // NaN stays NaN
        let inTable = y >= -sigmoidLimit
        // NaN and anything beyond the table look up row 0 (and are replaced below)
        let ya = inTable ? y : 0
        let shifted = ya * sigmoidStepsPerUnit + roundingShift
        let c = (shifted - roundingShift) * (1 / sigmoidStepsPerUnit)
        let piece = Int(truncatingIfNeeded: roundingShift.bitPattern &- shifted.bitPattern)
        let (negative, positive) = sigmoidSums(sigmoidHi[piece], sigmoidLo[piece], oneMinusExpOfMinus(ya - c))
        let inside = x < 0 ? negative : positive
        return inTable ? inside : sigmoidOutsideTable(x)
    }

    // MARK: - Batch forms

    // Batch forms. tanh and sigmoid, the training kernels' activations, run explicit four-lane
    // code (at the end of this file), vectorized on every build and also in place. exp and log
    // are one plain loop that the optimizer may vectorize when input and output do not alias.
    // Each element gets exactly the scalar function's bits (the same operations in the same
    // order, no FMA).

    /// Writes `exp(x[i])` to `y[i]` for every i; `x` and `y` must have the same count and may be
    /// the same memory.
    ///
    /// ```swift
    /// var values: [Double] = [0, 1, 2]
    /// values.withUnsafeMutableBufferPointer { Elementary.exp(UnsafeBufferPointer($0), into: $0) }
    /// ```
    public static func exp(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        apply(x, into: y) { exp($0) }
    }

    /// Writes `log(x[i])` to `y[i]` for every i; same rules as `exp(_:into:)`.
    ///
    /// ```swift
    /// var p: [Double] = [0.25, 0.5, 1]
    /// p.withUnsafeMutableBufferPointer { Elementary.log(UnsafeBufferPointer($0), into: $0) }
    /// ```
    public static func log(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        apply(x, into: y) { log($0) }
    }

    /// The shared loop; `@inline(__always)` so each caller gets its own specialized, vectorized copy.
    @inline(__always)
    static func apply(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>,
                      _ f: (Double) -> Double) {
        precondition(x.count == y.count, "batch input has \(x.count) values, output \(y.count)")
        guard let input = x.baseAddress, let output = y.baseAddress else { return }
        for i in 0..<x.count {
            output[i] = f(input[i])
        }
    }

    // MARK: - Internals: exponential kernel

    /// e^x = (hi + lo) · s1 · s2 with hi + lo ∈ [0.7, 1.42]; x is clamped to ±750 first (beyond
    /// that the result is already 0 or +∞).
    @inlinable @inline(__always)
    static func expParts(_ x: Double) -> (hi: Double, lo: Double, s1: Double, s2: Double) {
        let clamped = x > 750 ? 750 : (x < -750 ? -750 : x)
        let (pHi, pLo, _, kBits) = expReduction(clamped, exactSquare: false)
        let (s1, s2, _, _) = splitPowersOfTwo(kBits)
        let (hi, lo) = onePlus(pHi, pLo)
        return (hi, lo, s1, s2)
    }

    /// Reduces x (|x| ≤ 750, or NaN) to e^x = 2^k · (1 + pHi + pLo): returns the two parts of p,
    /// k as a Double, and the bit pattern of `roundingShift + k`, whose low bits hold k.
    /// `exactSquare` buys ≈ 0.3 ulp of accuracy for e^x − 1 at the cost of ~10 operations.
    @inlinable @inline(__always)
    static func expReduction(_ x: Double, exactSquare: Bool)
        -> (pHi: Double, pLo: Double, k: Double, kBits: UInt64) {
        let shifted = x * log2e + roundingShift
        let k = shifted - roundingShift
        // x − k·ln2Hi is exact (k·ln2Hi is exact and close to x); r + rLo is x − k·ln 2.
        let rHi = x - k * ln2Hi
        let kLo = k * ln2Lo
        let r = rHi - kLo
        let rLo = (rHi - r) - kLo
        let low: Double, head: Double
        if exactSquare {
            // e^r − 1 = r + r²/2 + r³·Q(r) with r² exact as r2Hi + r2Lo, so only the small cubic
            // tail (≤ 0.007) carries rounding error: needed where 2^k·p cancels against 2^k − 1.
            let (r2Hi, r2Lo) = twoProduct(r, r)
            let half = 0.5 * r2Hi
            head = r + half                               // fast two-sum: |r²/2| < |r|
            low = (r - head) + half + ((0.5 * r2Lo + expm1CubicTail(r, r2Hi)) + rLo * (1 + r))
        } else {
            let r2 = r * r
            let q = r2 * 0.5 + expm1CubicTail(r, r2)
            head = r + q                                  // fast two-sum: |q| < |r|
            low = ((r - head) + q) + rLo * (1 + r)
        }
        // e^(r + rLo) − 1 ≈ p(r) + rLo · e^r; renormalized so that |pLo| ≤ ulp(pHi)/2.
        let pHi = head + low
        let pLo = (head - pHi) + low
        return (pHi, pLo, k, shifted.bitPattern)
    }

    /// 1 + pHi + pLo as hi + lo with |lo| ≤ ulp(hi)/2 (fast two-sum: |pHi| < 1).
    @inlinable @inline(__always)
    static func onePlus(_ pHi: Double, _ pLo: Double) -> (Double, Double) {
        let hi = 1 + pHi
        return (hi, ((1 - hi) + pHi) + pLo)
    }

    /// (2^k − 1) + 2^k·(pHi + pLo) as sum + error, for −60 ≤ k ≤ 53: 2^k·pHi is exact and
    /// 2^k − 1 is exact or (k < −53) carried with its rounding error.
    @inlinable @inline(__always)
    static func expm1Sum(_ pHi: Double, _ pLo: Double, kBits: UInt64) -> (Double, Double) {
        let s = powerOfTwo(biasedExponentBits: kBits &+ 1023)
        let sMinusOne = s - 1
        let sMinusOneError = s - (sMinusOne + 1)          // exact when s ≤ 1, and 0 when s > 1
        let (sum, error) = twoSum(sMinusOne, s * pHi)
        return (sum, (error + sMinusOneError) + s * pLo)
    }

    /// 2^k split as s1 · s2 with k1 = ⌊k/2⌋, k2 = k − k1, plus 2^−k1 and 2^−k2; all normal for
    /// |k| ≤ 1082. Integer lanes use only add, subtract and logical shifts (vectorizable on SSE2).
    @inlinable @inline(__always)
    static func splitPowersOfTwo(_ kBits: UInt64) -> (Double, Double, Double, Double) {
        let k = kBits &- roundingShift.bitPattern          // two's complement k
        let k1 = ((k &+ 2048) &>> 1) &- 1024               // ⌊k/2⌋ without an arithmetic shift
        let k2 = k &- k1
        return (powerOfTwo(biasedExponentBits: k1 &+ 1023),
                powerOfTwo(biasedExponentBits: k2 &+ 1023),
                powerOfTwo(biasedExponentBits: 1023 &- k1),
                powerOfTwo(biasedExponentBits: 1023 &- k2))
    }

    /// e^r − 1 − r − r²/2 for |r| ≤ 0.35, given r² (rounded): r²·r·(1/3! + r/4! + … + r^10/13!),
    /// the bracket by Estrin's scheme.
    @inlinable @inline(__always)
    static func expm1CubicTail(_ r: Double, _ r2: Double) -> Double {
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

    // MARK: - Internals: tanh pieces

    /// Below 2^−7, piece 0, centred on 0 with T = 0: tanh a = u, Taylor's odd series itself.
    @inlinable static var tanhSmallLimit: Double { 0x1p-7 }
    /// The piece a number's bits fall into: 64 pieces per binade from 2^−7 up.
    @inlinable static var tanhPieceShift: UInt64 { 46 }
    /// The largest double below 2^−7 that is the start of a piece's bit range: in the last piece
    /// of the binade below 2^−7, which is row 0.
    @inlinable static var tanhBelowFirstPiece: Double { 0x1.fcp-8 }

    /// The piece holding a ∈ [0, 19.5], or piece 0 for anything below 2^−7 or NaN.
    @inlinable @inline(__always)
    static func tanhPieceIndex(_ a: Double) -> Int {
        let inRange = a >= tanhBelowFirstPiece ? a : tanhBelowFirstPiece
        let first = tanhBelowFirstPiece.bitPattern &>> tanhPieceShift
        return Int(truncatingIfNeeded: (inRange.bitPattern &>> tanhPieceShift) &- first)
    }

    /// The middle of a's piece: a's bits with the bits below the piece's six cleared and the
    /// highest of them set, so that a − centre is exact.
    @inlinable @inline(__always)
    static func tanhPieceCentre(_ a: Double) -> Double {
        let low: UInt64 = (1 &<< tanhPieceShift) &- 1
        return Double(bitPattern: (a.bitPattern & ~low) | (1 &<< (tanhPieceShift &- 1)))
    }

    /// tanh t for |t| ≤ 2^−7 or ≤ 1/128 of a piece's centre: t − t³/3 + 2t⁵/15 − 17t⁷/315
    /// (the table was checked with exactly these operations).
    @inlinable @inline(__always)
    static func tanhNearZero<V: LaneArithmetic>(_ t: V) -> V {
        let t2 = t * t
        var q = -0x1.ba1ba1ba1ba1cp-5 * t2 + 0x1.1111111111111p-3
        q = q * t2 + -0x1.5555555555555p-2
        return t + t * (t2 * q)
    }

    /// tanh(c + t) = T + (1 − T²)·u / (1 + T·u) from T = tanh c = hi + lo and u = tanh t, with
    /// 1 − T² = (1 − hi)(1 + hi) − 2·lo to full relative accuracy when T is close to 1.
    @inlinable @inline(__always)
    static func tanhSum<V: LaneArithmetic>(_ hi: V, _ lo: V, _ u: V) -> V {
        let s = (1 - hi) * (1 + hi) - (lo + lo)
        return hi + (lo + (s * u) / (1 + hi * u))
    }

    // MARK: - Internals: sigmoid pieces

    /// The table covers −40 ≤ −|x| ≤ 0; beyond, see `sigmoidOutsideTable`.
    @inlinable static var sigmoidLimit: Double { 40 }
    /// The table's centres are the multiples of 1/16.
    @inlinable static var sigmoidStepsPerUnit: Double { 16 }

    /// σ(x) for |x| > 40 or NaN: e^x (σ(x) = e^x·(1 − e^x + …) with e^x < 4.3e-18) below, 1 above.
    @inlinable @inline(__always)
    static func sigmoidOutsideTable(_ x: Double) -> Double {
        x < 0 ? exp(x) : (x > 0 ? 1 : x)
    }

    /// 1 − e^−t for |t| ≤ 1/32: Taylor's series to t⁸ by Horner's rule (the table was checked
    /// with exactly these operations).
    @inlinable @inline(__always)
    static func oneMinusExpOfMinus<V: LaneArithmetic>(_ t: V) -> V {
        var p = -0x1.a01a01a01a01ap-16 * t + 0x1.a01a01a01a01ap-13
        p = p * t + -0x1.6c16c16c16c17p-10
        p = p * t + 0x1.1111111111111p-7
        p = p * t + -0x1.5555555555555p-5
        p = p * t + 0x1.5555555555555p-3
        p = p * t + -0.5
        p = p * t + 1
        return t * p
    }

    /// σ(c + t) and σ(−(c + t)) = 1 − σ(c + t) from S = σ(c) = hi + lo and w = 1 − e^−t:
    /// S + S·v / (1 − v) with v = (1 − S)·w, the correction at most 1/32 of the result.
    @inlinable @inline(__always)
    static func sigmoidSums<V: LaneArithmetic>(_ hi: V, _ lo: V, _ w: V) -> (negative: V, positive: V) {
        let v = (1 - hi) * w
        let tail = lo + (hi * v) / (1 - v)
        let r = 1 - hi                                      // exact for S ≥ 1/4, and (1 − r) − hi is
        return (hi + tail, r + (((1 - r) - hi) - tail))     // its rounding error otherwise
    }

    // MARK: - Internals: logarithm kernel

    /// ln(v) + correction for a positive normal v (garbage for anything else), where the
    /// exponent of v is to be increased by `extraExponent`.
    @inlinable @inline(__always)
    static func logOfPositiveNormal(_ v: Double, correction: Double, extraExponent: Double) -> Double {
        let bits = v.bitPattern
        // Adding (1.0's bits − √½'s bits) carries into the exponent field exactly when the
        // significand is ≥ √2, so the top bits give k + 1023 for m ∈ [√½, √2).
        let offset: UInt64 = 0x3FF0_0000_0000_0000 &- 0x3FE6_A09E_667F_3BCD
        let biasedK = (bits &+ offset) &>> 52
        let m = Double(bitPattern: bits &- (biasedK &<< 52) &+ 0x3FF0_0000_0000_0000)
        let k = double(fromSmallUnsigned: biasedK) - 1023 + extraExponent
        let f = m - 1                                   // exact (Sterbenz)
        let s = f / (2 + f)
        let z = s * s
        let z2 = z * z
        let z4 = z2 * z2
        let z8 = z4 * z4
        // T / z = 2/3 + 2z/5 + … + 2z⁹/21 by Estrin's scheme.
        let a0 = 0x1.5555555555555p-1 + z * 0x1.999999999999ap-2
        let a1 = 0x1.2492492492492p-2 + z * 0x1.c71c71c71c71cp-3
        let a2 = 0x1.745d1745d1746p-3 + z * 0x1.3b13b13b13b14p-3
        let a3 = 0x1.1111111111111p-3 + z * 0x1.e1e1e1e1e1e1ep-4
        let a4 = 0x1.af286bca1af28p-4 + z * 0x1.8618618618618p-4
        let t = z * (((a0 + z2 * a1) + z4 * (a2 + z2 * a3)) + z8 * a4)
        // k·ln2Hi + f − f²/2 exactly as hi + lo: f² by Dekker's product, then two fast two-sums
        // (|f| < ln 2 ≤ |k·ln2Hi| unless k = 0; |f²/2| < |k·ln2Hi + f|). The rest is ≤ 0.02.
        let (fSquared, fSquaredLo) = twoProduct(f, f)
        let halfSquare = 0.5 * fSquared
        let kHi = k * ln2Hi
        let sum = kHi + f
        let hi = sum - halfSquare
        let lo = ((kHi - sum) + f) + ((sum - hi) - halfSquare)
        let rest = s * (halfSquare + t) - 0.5 * fSquaredLo + (correction + k * ln2Lo)
        return hi + (lo + rest)
    }

    /// Picks the limits: NaN stays NaN, +∞ → +∞, pole → −∞, below the pole → NaN.
    /// Selects rather than branches, so loops stay vectorizable.
    @inlinable @inline(__always)
    static func limits(of x: Double, result: Double, pole: Double) -> Double {
        let outside = x == pole ? -.infinity : (x == .infinity || x.isNaN ? x : .nan)
        return x > pole && x < .infinity ? result : outside
    }

    // MARK: - Internals: constants and bit tools

    /// ln 2 split so that `k * ln2Hi` is exact for |k| < 2^13 (ln2Hi has 40 significant bits).
    @inlinable static var ln2Hi: Double { 0x1.62e42fefa2000p-1 }
    /// ln 2 − ln2Hi, rounded: together they carry ln 2 to about 93 bits.
    @inlinable static var ln2Lo: Double { 0x1.9ef35793c7673p-41 }
    /// 1 / ln 2 = log2(e).
    @inlinable static var log2e: Double { 0x1.71547652b82fep+0 }
    /// 1.5 · 2^52: adding it to |v| < 2^51 rounds v to the nearest integer (ties to even) and
    /// leaves that integer, two's complement, in the low bits of the significand.
    @inlinable static var roundingShift: Double { 0x1.8p52 }
    @inlinable static var signMask: UInt64 { 0x8000_0000_0000_0000 }

    /// 2^n for an integer n ∈ [−1022, 1023] given as `roundingShift + n`'s bit pattern plus the
    /// exponent bias: the low 11 bits of (n + 1023) become the exponent field.
    @inlinable @inline(__always)
    static func powerOfTwo(biasedExponentBits bits: UInt64) -> Double {
        Double(bitPattern: bits &<< 52)
    }

    /// n as a Double for an integer 0 ≤ n < 2^52, without an int-to-float conversion (which has
    /// no vector form for 64-bit lanes before AVX-512): 2^52 + n has n as its significand.
    @inlinable @inline(__always)
    static func double(fromSmallUnsigned n: UInt64) -> Double {
        Double(bitPattern: 0x4330_0000_0000_0000 | n) - 0x1p52
    }

    // MARK: Error-free transformations (no FMA: Knuth's two-sum, Dekker's two-product)

    /// a + b = sum + error exactly, for any a, b (Knuth).
    @inlinable @inline(__always)
    static func twoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let sum = a + b
        let bPart = sum - a
        return (sum, (a - (sum - bPart)) + (b - bPart))
    }

    /// a · b = product + error exactly (Dekker, with Veltkamp's split into 26-bit halves);
    /// needs |a|, |b| < 2^995 so the split does not overflow.
    @inlinable @inline(__always)
    static func twoProduct(_ a: Double, _ b: Double) -> (product: Double, error: Double) {
        let product = a * b
        let (aHi, aLo) = split(a)
        let (bHi, bLo) = split(b)
        return (product, ((aHi * bHi - product) + aHi * bLo + aLo * bHi) + aLo * bLo)
    }

    @inlinable @inline(__always)
    static func split(_ a: Double) -> (Double, Double) {
        let c = 0x1.0000002p27 * a      // 2^27 + 1
        let hi = c - (c - a)
        return (hi, a - hi)
    }
}

// MARK: - Four-lane forms

/// The arithmetic that `Double` and four lanes of doubles share, so that helpers generic over it
/// run exactly the same operations in the scalar functions and in their four-lane forms.
@usableFromInline protocol LaneArithmetic {
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static func + (a: Self, b: Double) -> Self
    static func + (a: Double, b: Self) -> Self
    static func - (a: Double, b: Self) -> Self
    static func * (a: Double, b: Self) -> Self
}

extension Double: LaneArithmetic {}
extension SIMD4: LaneArithmetic where Scalar == Double {}

// Four-lane forms of tanh and the sigmoid for the batch functions.
//
// Each function below repeats the scalar function above operation for operation
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
        tanhHi.withUnsafeBufferPointer { hi in
            tanhLo.withUnsafeBufferPointer { lo in
                let (hi, lo) = (hi.baseAddress!, lo.baseAddress!)
                applyVector(x, into: y) { tanh($0, hi: hi, lo: lo) }
            }
        }
    }

    /// Writes `sigmoid(x[i])` to `y[i]` for every i; same rules as `exp(_:into:)`.
    ///
    /// ```swift
    /// var z: [Double] = [-2, 0, 2]
    /// z.withUnsafeMutableBufferPointer { Elementary.sigmoid(UnsafeBufferPointer($0), into: $0) }
    /// ```
    public static func sigmoid(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        sigmoidHi.withUnsafeBufferPointer { hi in
            sigmoidLo.withUnsafeBufferPointer { lo in
                let (hi, lo) = (hi.baseAddress!, lo.baseAddress!)
                applyVector(x, into: y) { sigmoid($0, hi: hi, lo: lo) }
            }
        }
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

    /// `tanh(_:)` in four lanes: each lane's tabulated tanh c read from the tables, the same operations.
    @inline(__always)
    static func tanh(_ x: Vector, hi his: UnsafePointer<Double>, lo los: UnsafePointer<Double>) -> Vector {
        let xBits = bits(x)
        let magnitude = double(xBits & ~signMask)
        let a = magnitude.replacing(with: 19.5, where: magnitude .> 19.5)
        let small = a .< tanhSmallLimit
        // tanhPieceIndex: NaN and a below the first piece go to row 0
        let inRange = a.replacing(with: tanhBelowFirstPiece, where: .!(a .>= tanhBelowFirstPiece))
        let first = tanhBelowFirstPiece.bitPattern &>> tanhPieceShift
        let piece = (bits(inRange) &>> tanhPieceShift) &- first
        // tanhPieceCentre
        let low: UInt64 = (1 &<< tanhPieceShift) &- 1
        let centre = double((bits(a) & ~low) | (1 &<< (tanhPieceShift &- 1)))
        let t = a - centre.replacing(with: 0, where: small)
        let (hi, lo) = gather(his, los, piece)
        let m = tanhSum(hi, lo, tanhNearZero(t))
        return double((bits(m) & ~signMask) | (xBits & signMask))
    }

    /// `sigmoid(_:)` in four lanes: each lane's tabulated σ(c) read from the tables, the same
    /// operations; lanes beyond the table (rare in training) go through the scalar function.
    @inline(__always)
    static func sigmoid(_ x: Vector, hi his: UnsafePointer<Double>, lo los: UnsafePointer<Double>) -> Vector {
        let y = double(bits(x) | signMask)                  // −|x|, NaN kept
        let inTable = y .>= -sigmoidLimit
        let ya = Vector(repeating: 0).replacing(with: y, where: inTable)
        let shifted = ya * sigmoidStepsPerUnit + roundingShift
        let c = (shifted - roundingShift) * (1 / sigmoidStepsPerUnit)
        let (hi, lo) = gather(his, los, roundingShift.bitPattern &- bits(shifted))
        let (negative, positive) = sigmoidSums(hi, lo, oneMinusExpOfMinus(ya - c))
        var result = positive.replacing(with: negative, where: x .< 0)
        if any(.!inTable) {
            for lane in 0..<Vector.scalarCount where !inTable[lane] {
                result[lane] = sigmoidOutsideTable(x[lane])
            }
        }
        return result
    }

    /// The four lanes' entries of the hi and lo tables.
    @inline(__always)
    static func gather(_ his: UnsafePointer<Double>, _ los: UnsafePointer<Double>, _ index: VectorBits) -> (Vector, Vector) {
        let (i0, i1) = (Int(truncatingIfNeeded: index[0]), Int(truncatingIfNeeded: index[1]))
        let (i2, i3) = (Int(truncatingIfNeeded: index[2]), Int(truncatingIfNeeded: index[3]))
        return (Vector(his[i0], his[i1], his[i2], his[i3]), Vector(los[i0], los[i1], los[i2], los[i3]))
    }

    // MARK: - Bits

    @inline(__always)
    static func bits(_ v: Vector) -> VectorBits { unsafeBitCast(v, to: VectorBits.self) }

    @inline(__always)
    static func double(_ b: VectorBits) -> Vector { unsafeBitCast(b, to: Vector.self) }
}
