// ln x by x = 2^k · m with m ∈ [√½, √2), f = m − 1, s = f / (2 + f), |s| ≤ 0.1716:
// ln(1 + f) = 2·atanh(s) = 2s + s·T(s), T = 2s²/3 + 2s⁴/5 + … + 2s²⁰/21, and since 2s = f − s·f,
// ln(1 + f) = f − s·(f − T): the leading f is exact and the correction is at most 0.07·|f|.

extension Elementary {
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

    // MARK: - Shared pieces

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
        // k·ln2Hi is exact; the small terms are summed first.
        return k * ln2Hi + (f - ((s * (f - t) - correction) - k * ln2Lo))
    }

    /// Picks the limits: NaN stays NaN, +∞ → +∞, pole → −∞, below the pole → NaN.
    /// Selects rather than branches, so loops stay vectorizable.
    @inlinable @inline(__always)
    static func limits(of x: Double, result: Double, pole: Double) -> Double {
        let outside = x == pole ? -.infinity : (x == .infinity || x.isNaN ? x : .nan)
        return x > pole && x < .infinity ? result : outside
    }
}
