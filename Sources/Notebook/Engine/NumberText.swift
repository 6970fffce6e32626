import Foundation

/// Locale-free, trimmed number text for tables, printed values and messages.
///
/// Rounds to a number of significant digits, then writes Swift's shortest round-trip spelling of
/// the rounded value (never a locale's separators), without a trailing `.0`: `0.7513650696`,
/// `60`, `1.5e-05`. Not-a-number and infinities read `NaN`, `∞` and `−∞`.
///
/// ```swift
/// NumberText.significant(0.751365069552, 10)   // "0.7513650696"
/// NumberText.significant(60)                   // "60"
/// NumberText.percent(52, of: 60)               // "52/60 (86.7 %)"
/// ```
public enum NumberText {
    /// `value` rounded to `digits` significant digits (default 10), trimmed.
    public static func significant(_ value: Double, _ digits: Int = 10) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "−∞" : "∞") }
        guard value != 0 else { return "0" }
        let exponent = Int(log10(abs(value)).rounded(.down))
        let decimals = digits - 1 - exponent
        // Past 10^22 no power of ten is exact, so rounding in place leaves stray digits
        // (2.0300000000000003e+303): round the mantissa and write the exponent instead.
        if decimals < -22 {
            var mantissa = rounded(value / pow(10, Double(exponent)), decimals: digits - 1)
            var power = exponent
            if abs(mantissa) >= 10 { (mantissa, power) = (mantissa / 10, power + 1) }
            return shortest(mantissa) + "e+" + String(power)
        }
        return shortest(rounded(value, decimals: decimals))
    }

    /// `value` with exactly `decimals` digits after the point, untrimmed: `0.79873140`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return significant(value) }
        let rounded = rounded(value, decimals: decimals)
        var text = shortest(rounded)
        guard !text.contains("e"), decimals > 0 else { return text }
        if !text.contains(".") { text += "." }
        let present = text.count - 1 - text.distance(from: text.startIndex, to: text.firstIndex(of: ".")!)
        return text + String(repeating: "0", count: max(0, decimals - present))
    }

    /// A count and a share: `52/60 (86.7 %)`.
    public static func percent(_ part: Int, of whole: Int) -> String {
        let share = whole == 0 ? 0 : 100 * Double(part) / Double(whole)
        return "\(part)/\(whole) (\(fixed(share, decimals: 1)) %)"
    }

    /// A value as an author would write it back: whole numbers without a point, others shortest.
    public static func written(_ value: Double) -> String {
        guard value.isFinite else { return significant(value) }
        return shortest(value)
    }

    // MARK: - Rounding

    /// The double nearest `value` rounded to `decimals` places (negative: to tens, hundreds, …).
    static func rounded(_ value: Double, decimals: Int) -> Double {
        // Dividing or multiplying by an exact power of ten (≤ 10^22) keeps the result the double
        // nearest the rounded decimal, so its shortest spelling has at most the wanted digits.
        if decimals > 22 {
            let scaled = value * 1e22
            return rounded(scaled, decimals: decimals - 22) / 1e22
        }
        if decimals >= 0 {
            let scale = power(decimals)
            let result = (value * scale).rounded() / scale
            return result.isFinite ? result : value
        }
        let scale = power(-decimals)
        return (value / scale).rounded() * scale
    }

    private static func power(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(exponent, 308) { result *= 10 }
        return result
    }

    /// Swift's shortest round-trip spelling, `60` rather than `60.0`, `0` rather than `-0`.
    private static func shortest(_ value: Double) -> String {
        if value == 0 { return "0" }
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
