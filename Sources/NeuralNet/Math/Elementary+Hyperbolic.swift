// tanh and the logistic sigmoid, both from e^x − 1 or e^x of a non-positive or non-negative
// argument so that nothing overflows and nothing cancels.

extension Elementary {
    /// The hyperbolic tangent, odd, within 2 ulp; ±1 beyond |x| ≈ 18.7.
    ///
    /// tanh |x| = e / (e + 2) with e = e^{2|x|} − 1 (no cancellation: e ≥ 0), sign copied back.
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
        let e = expm1OfSmallNonNegative(2 * a)
        let t = e / (e + 2)
        // t ≥ 0 (or NaN): OR-ing the sign bit gives tanh(−x) = −tanh(x), and −0 for −0.
        return Double(bitPattern: t.bitPattern | (x.bitPattern & signMask))
    }

    /// The logistic sigmoid 1 / (1 + e^−x), within 2 ulp for both signs.
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
        let e = exp(-x.magnitude)
        let numerator = x < 0 ? e : 1
        return numerator / (1 + e)
    }

    // MARK: - Shared pieces

    /// e^x − 1 for 0 ≤ x ≤ 39 (or NaN), where 2^k stays exact and normal: tanh's inner step
    /// without `expm1`'s overflow and sign-of-zero handling.
    @inlinable @inline(__always)
    static func expm1OfSmallNonNegative(_ x: Double) -> Double {
        let (p, _, kBits) = expReduction(x)
        let s = powerOfTwo(biasedExponentBits: kBits &+ 1023)
        return s * p + (s - 1)
    }
}
