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
/// values are chosen with selects. All are within 2 ulp of the true value (see the tests for the
/// measured maxima); NaN passes through, ±∞ and ±0 give the limits.
///
/// ```swift
/// Elementary.exp(1)          // 2.718281828459045
/// Elementary.tanh(0.5)       // 0.46211715726000974
/// Elementary.sigmoid(-800)   // 0 (no overflow in e^800)
/// ```
///
/// Batch forms (`exp(_:into:)`, `tanh(_:into:)`, …) give exactly the scalar function's bits.
public enum Elementary {}

// MARK: - Shared constants and bit tools

extension Elementary {
    /// ln 2 split so that `k * ln2Hi` is exact for |k| < 2^13 (ln2Hi has 40 significant bits).
    @usableFromInline static let ln2Hi: Double = 0x1.62e42fefa2000p-1
    /// ln 2 − ln2Hi, rounded: together they carry ln 2 to about 93 bits.
    @usableFromInline static let ln2Lo: Double = 0x1.9ef35793c7673p-41
    /// 1 / ln 2 = log2(e).
    @usableFromInline static let log2e: Double = 0x1.71547652b82fep+0
    /// 1.5 · 2^52: adding it to |v| < 2^51 rounds v to the nearest integer (ties to even) and
    /// leaves that integer, two's complement, in the low bits of the significand.
    @usableFromInline static let roundingShift: Double = 0x1.8p52
    @usableFromInline static let signMask: UInt64 = 0x8000_0000_0000_0000

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
}
