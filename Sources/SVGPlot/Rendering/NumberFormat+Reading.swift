import Foundation

// MARK: - Numbers to read: tables, printed values, messages

extension NumberFormat {
    /// `value` rounded to `digits` significant digits (default 10), in Swift's shortest
    /// round-trip spelling of the rounded value without a trailing `.0`: `0.7513650696`, `60`,
    /// `1.5e-05`. Tables, printed values and messages use it; figures use ``significant(_:_:)``,
    /// which never writes an exponent. Infinities read `∞` and `−∞` (a minus sign, U+2212).
    ///
    /// ```swift
    /// NumberFormat.shortest(0.751365069552)          // "0.7513650696"
    /// NumberFormat.shortest(0.0821670405, digits: 3) // "0.0822"
    /// ```
    public static func shortest(_ value: Double, digits: Int = 10) -> String {
        guard value.isFinite else { return nonFinite(value, minus: readingMinus) }
        guard value != 0 else { return "0" }
        let exponent = Int(log10(abs(value)).rounded(.down))
        let decimals = digits - 1 - exponent
        // Past 10^22 no power of ten is exact, so rounding in place leaves stray digits
        // (2.0300000000000003e+303): round the mantissa and write the exponent instead.
        if decimals < -22 {
            var mantissa = rounded(value / pow(10, Double(exponent)), decimals: digits - 1)
            var power = exponent
            if abs(mantissa) >= 10 { (mantissa, power) = (mantissa / 10, power + 1) }
            return roundTrip(mantissa) + "e+" + String(power)
        }
        return roundTrip(rounded(value, decimals: decimals))
    }

    /// `value` with exactly `decimals` digits after the point, in the style of ``shortest(_:digits:)``
    /// (up to 20 decimals; an exponent where Swift's spelling has one): `0.79873140`, `100.0`.
    public static func shortest(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return nonFinite(value, minus: readingMinus) }
        var text = roundTrip(rounded(value, decimals: decimals))
        guard !text.contains("e"), decimals > 0 else { return text }
        if !text.contains(".") { text += "." }
        let point = text.firstIndex(of: ".") ?? text.endIndex
        let present = text.distance(from: point, to: text.endIndex) - 1
        return text + String(repeating: "0", count: max(0, decimals - present))
    }

    /// A count and a share: `52/60 (86.7 %)`.
    public static func percent(_ part: Int, of whole: Int) -> String {
        let share = whole == 0 ? 0 : 100 * Double(part) / Double(whole)
        return "\(part)/\(whole) (\(shortest(share, decimals: 1)) %)"
    }

    /// A value as an author would write it back: whole numbers without a point, others shortest.
    public static func written(_ value: Double) -> String {
        guard value.isFinite else { return shortest(value) }
        return roundTrip(value)
    }

    /// The sign of negative infinity in text to read (a table, a message): U+2212.
    static let readingMinus = "−"

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
    private static func roundTrip(_ value: Double) -> String {
        if value == 0 { return "0" }
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
