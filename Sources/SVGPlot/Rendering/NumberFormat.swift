import Foundation

/// Locale-free number formatting: the one place where weave turns a `Double` into text.
///
/// Every coordinate, tick label and number in a figure's description goes through here, and so do
/// the notebook's tables, printed values and messages, so two builds on machines with different
/// locales write the same bytes. Two styles, each kept as its output has always been:
/// - figures: fixed-point digits, never an exponent (``coordinate(_:)``, ``fixed(_:decimals:)``,
///   ``significant(_:_:)``, 3 significant digits by default); negative infinity `-∞`;
/// - text to read: Swift's shortest round-trip spelling of the rounded value, with an exponent
///   for very small and large numbers (``shortest(_:digits:)``, 10 significant digits by default,
///   ``shortest(_:decimals:)``, ``written(_:)``, ``percent(_:of:)``); negative infinity `−∞`.
///
/// ```swift
/// NumberFormat.coordinate(12.3456)        // "12.35"
/// NumberFormat.fixed(0.5, decimals: 2)    // "0.50"
/// NumberFormat.significant(0.017043, 3)   // "0.017"
/// NumberFormat.shortest(0.000015)         // "1.5e-05"
/// NumberFormat.percent(52, of: 60)        // "52/60 (86.7 %)"
/// ```
public enum NumberFormat {
    /// A coordinate in SVG user units, rounded to 0.01 and trimmed: `12.5`, `-3`, `0.07`.
    public static func coordinate(_ value: Double) -> String {
        trimmed(fixed(value, decimals: 2))
    }

    /// A coordinate given in whole hundredths, as ``coordinate(_:)`` writes it: `1250` → `12.5`.
    static func hundredths(_ units: Int) -> String {
        var text = ""
        appendHundredths(units, to: &text)
        return text
    }

    /// Appends ``hundredths(_:)``'s text, digit by digit (path data is most of a figure's bytes);
    /// without `leadingZero`, a number below 1 starts at its point (`-.25`, `.05`), as SVG's path
    /// grammar allows. A test checks it against ``coordinate(_:)``.
    static func appendHundredths(_ units: Int, to text: inout String, leadingZero: Bool = true) {
        if units < 0 { text += "-" }
        let whole = units.magnitude / 100, fraction = units.magnitude % 100
        if whole != 0 || fraction == 0 || leadingZero { text += String(whole) }
        guard fraction != 0 else { return }
        text += fraction % 10 == 0 ? "." + String(fraction / 10) : (fraction < 10 ? ".0" : ".") + String(fraction)
    }

    /// `value` with exactly `decimals` digits after the point (no exponent for magnitudes below 1e15).
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return nonFinite(value, minus: "-") }
        let decimals = max(0, min(decimals, 12))
        var scale: Double = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        // Past 2^53 digits are no longer exact; Swift's shortest round-trip description is.
        guard scaled < 9.0e15 else { return "\(value)" }
        let units = UInt64(scaled)
        var digits = String(units)
        if decimals > 0 {
            if digits.count <= decimals {
                digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        // A value that rounds to zero is written without a sign: never "-0".
        return value < 0 && units != 0 ? "-" + digits : digits
    }

    /// `value` rounded to `digits` significant digits and trimmed: `1.42`, `0.017`, `30000`.
    public static func significant(_ value: Double, _ digits: Int = 3) -> String {
        guard value.isFinite, value != 0 else { return fixed(value, decimals: 0) }
        let magnitude = Int((abs(value)).log10Floor)
        let decimals = max(0, digits - 1 - magnitude)
        return trimmed(fixed(value, decimals: decimals))
    }

    /// `NaN`, `∞`, or `∞` after `minus`: figures write a hyphen-minus, text to read U+2212.
    static func nonFinite(_ value: Double, minus: String) -> String {
        value.isNaN ? "NaN" : (value < 0 ? minus + "∞" : "∞")
    }

    /// Drops trailing zeros after a decimal point, and the point itself when nothing follows it.
    static func trimmed(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
        var result = Substring(text)
        while result.last == "0" { result.removeLast() }
        if result.last == "." { result.removeLast() }
        return result == "-0" ? "0" : String(result)
    }
}

extension Double {
    /// ⌊log₁₀ x⌋ for positive x, corrected for the rounding of `log10` near powers of ten.
    var log10Floor: Double {
        var exponent = log10(self).rounded(.down)
        if pow(10, exponent) > self { exponent -= 1 }
        if pow(10, exponent + 1) <= self { exponent += 1 }
        return exponent
    }
}
