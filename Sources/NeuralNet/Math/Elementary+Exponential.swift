// e^x and e^x − 1 by range reduction: x = k·ln 2 + r with k = round(x / ln 2), |r| ≤ ln 2 / 2,
// e^x = 2^k · (1 + p(r)) where p(r) ≈ e^r − 1 is a Taylor polynomial of degree 13
// (truncation error r^14/14! < 5e-18 relative at |r| = 0.347).

extension Elementary {
    /// e^x, within 1 ulp; overflows to +∞ above 709.78 and underflows through subnormals to 0
    /// below −745.13.
    ///
    /// ```swift
    /// Elementary.exp(0)     // 1
    /// Elementary.exp(-1000) // 0
    /// ```
    @inlinable @inline(__always)
    public static func exp(_ x: Double) -> Double {
        // Beyond ±750 the result is already 0 or +∞; the comparisons keep NaN (they are false).
        let clamped = x > 750 ? 750 : (x < -750 ? -750 : x)
        let (p, _, kBits) = expReduction(clamped)
        let (s1, s2, _) = splitPowersOfTwo(kBits)
        // 2^k = s1 · s2, each a normal number, so overflow and gradual underflow happen only in
        // the last product.
        return ((1 + p) * s1) * s2
    }

    /// e^x − 1, accurate also for tiny x (where `exp(x) - 1` would cancel), within 1 ulp.
    ///
    /// ```swift
    /// Elementary.expm1(1e-10) // 1.00000000005e-10
    /// Elementary.expm1(-50)   // -1
    /// ```
    @inlinable @inline(__always)
    public static func expm1(_ x: Double) -> Double {
        // Below −40 the result rounds to −1; above 750 to +∞.
        let clamped = x > 750 ? 750 : (x < -40 ? -40 : x)
        let (p, k, kBits) = expReduction(clamped)
        // e^x − 1 = 2^k·p + (2^k − 1): both terms exact for k ≤ 53, one rounding in the sum.
        let s = powerOfTwo(biasedExponentBits: kBits &+ 1023)
        let small = s * p + (s - 1)
        // For larger k: (s1·p − 2^−k2 + s1)·s2 with 2^k = s1·s2, which may overflow to +∞.
        let (s1, s2, inverseS2) = splitPowersOfTwo(kBits)
        let large = ((s1 * p - inverseS2) + s1) * s2
        let result = k > 53 ? large : small
        // The polynomial returns +0 for r = −0; keep the sign of zero.
        return x == 0 ? x : result
    }

    // MARK: - Shared pieces

    /// Reduces x (|x| ≤ 750, or NaN) to e^x = 2^k · (1 + p): returns p, k as a Double, and the
    /// bit pattern of `roundingShift + k`, whose low bits hold k.
    @inlinable @inline(__always)
    static func expReduction(_ x: Double) -> (p: Double, k: Double, kBits: UInt64) {
        let shifted = x * log2e + roundingShift
        let k = shifted - roundingShift
        // x − k·ln2Hi is exact (k·ln2Hi is exact and close to x); one rounding in r.
        let r = (x - k * ln2Hi) - k * ln2Lo
        return (expm1Polynomial(r), k, shifted.bitPattern)
    }

    /// 2^k split as s1 · s2 with k1 = ⌊k/2⌋, k2 = k − k1, plus 2^−k2; all normal for |k| ≤ 1082.
    /// Integer lanes use only add, subtract and logical shifts (vectorizable on SSE2).
    @inlinable @inline(__always)
    static func splitPowersOfTwo(_ kBits: UInt64) -> (Double, Double, Double) {
        let k = kBits &- roundingShift.bitPattern          // two's complement k
        let k1 = ((k &+ 2048) &>> 1) &- 1024               // ⌊k/2⌋ without an arithmetic shift
        let k2 = k &- k1
        return (powerOfTwo(biasedExponentBits: k1 &+ 1023),
                powerOfTwo(biasedExponentBits: k2 &+ 1023),
                powerOfTwo(biasedExponentBits: 1023 &- k2))
    }

    /// e^r − 1 for |r| ≤ 0.35: r + r²·(1/2! + r/3! + … + r^11/13!), the bracket by Estrin's scheme.
    @inlinable @inline(__always)
    static func expm1Polynomial(_ r: Double) -> Double {
        let r2 = r * r
        let r4 = r2 * r2
        let r8 = r4 * r4
        let a0 = 0x1.0000000000000p-1 + r * 0x1.5555555555555p-3
        let a1 = 0x1.5555555555555p-5 + r * 0x1.1111111111111p-7
        let a2 = 0x1.6c16c16c16c17p-10 + r * 0x1.a01a01a01a01ap-13
        let a3 = 0x1.a01a01a01a01ap-16 + r * 0x1.71de3a556c734p-19
        let a4 = 0x1.27e4fb7789f5cp-22 + r * 0x1.ae64567f544e4p-26
        let a5 = 0x1.1eed8eff8d898p-29 + r * 0x1.6124613a86d09p-33
        let b0 = a0 + r2 * a1
        let b1 = a2 + r2 * a3
        let b2 = a4 + r2 * a5
        return r + r2 * ((b0 + r4 * b1) + r8 * b2)
    }
}
