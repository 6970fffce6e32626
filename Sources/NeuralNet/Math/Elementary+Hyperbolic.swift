// tanh and the logistic sigmoid, both a quotient n / d of values near 1 in size that are known
// as unevaluated sums hi + lo: the quotient q = nHi / dHi is corrected once with the exact
// residual n − q·d (Dekker's product), so the result is off by little more than its last
// rounding.

extension Elementary {
    /// The hyperbolic tangent, odd, within 1 ulp; ±1 beyond |x| ≈ 18.7.
    ///
    /// tanh |x| = −u / (2 + u) with u = e^{−2|x|} − 1 ∈ (−1, 0]: no overflow, no cancellation,
    /// and the denominator stays in (1, 2]. The sign is copied back.
    ///
    /// ```swift
    /// Elementary.tanh(1)    // 0.7615941559557649
    /// Elementary.tanh(-30)  // -1
    /// ```
    @inlinable @inline(__always)
    public static func tanh(_ x: Double) -> Double {
        // Past 19.5, 2e^{−2|x|} < 2^−55 and the quotient rounds to 1; NaN survives the clamp.
        let magnitude = x.magnitude
        let a = magnitude > 19.5 ? 19.5 : magnitude
        let (pHi, pLo, _, kBits) = expReduction(-2 * a)
        let (uHi, uLo) = expm1Sum(pHi, pLo, kBits: kBits)
        let dHi = 2 + uHi                                   // fast two-sum: |u| < 2
        let dLo = ((2 - dHi) + uHi) + uLo
        // q = −u/d gives d = 2 / (1 + q): the correction's factor without a second division.
        let t = correctedQuotient(-uHi, -uLo, dHi, dLo) { q in (1 + q) * 0.5 }
        // tanh(−x) = −tanh(x): the magnitude of t with the sign bit of x (−0 for −0).
        return Double(bitPattern: (t.bitPattern & ~signMask) | (x.bitPattern & signMask))
    }

    /// The logistic sigmoid 1 / (1 + e^−x), within 1 ulp for both signs.
    ///
    /// With e = e^−|x| ∈ (0, 1]: σ(x) = 1 / (1 + e) for x ≥ 0 and e / (1 + e) for x < 0, so tiny
    /// values for very negative x keep full relative accuracy (down to subnormals, then 0).
    ///
    /// ```swift
    /// Elementary.sigmoid(0)    // 0.5
    /// Elementary.sigmoid(-40)  // 4.248354255291589e-18
    /// ```
    @inlinable @inline(__always)
    public static func sigmoid(_ x: Double) -> Double {
        let (hi, lo, s1, s2) = expParts(-x.magnitude)
        let eHi = (hi * s1) * s2
        let eLo = (lo * s1) * s2
        let dHi = 1 + eHi                                   // fast two-sum: e ≤ 1
        let dLo = ((1 - dHi) + eHi) + eLo
        let isNegative = x < 0
        // 1/d is q itself for x ≥ 0 and 1 − q for x < 0.
        return correctedQuotient(isNegative ? eHi : 1, isNegative ? eLo : 0, dHi, dLo) { q in
            isNegative ? 1 - q : q
        }
    }

    // MARK: - Shared pieces

    /// (nHi + nLo) / (dHi + dLo) to about 0.5 ulp: q = nHi / dHi plus residual · (1/d), where
    /// `reciprocal(q)` approximates 1/d to a few digits (the residual is already tiny).
    @inlinable @inline(__always)
    static func correctedQuotient(_ nHi: Double, _ nLo: Double, _ dHi: Double, _ dLo: Double,
                                  reciprocal: (Double) -> Double) -> Double {
        let q = nHi / dHi
        let (product, productError) = twoProduct(q, dHi)
        // nHi − product is exact (they agree to within an ulp).
        let residual = (((nHi - product) - productError) + nLo) - q * dLo
        return q + residual * reciprocal(q)
    }
}
