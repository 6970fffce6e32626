import NotebookLanguage
import SVGPlot

/// How an inline value's number reads on the page: in text as tables write numbers
/// (SVGPlot's `NumberFormat.shortest`, locale-free), in TeX with an exponent written as `\times 10^{…}`.
///
/// ```swift
/// InlineValueText.text(0.3226845322, .significant(4))    // "0.3227"
/// InlineValueText.text(0.5, .decimals(2))                // "0.50"
/// InlineValueText.tex(0.0000152, .significant(3))        // "1.52 \times 10^{-5}"
/// ```
enum InlineValueText {
    static func text(_ value: Double, _ format: InlineValueSpec.Format) -> String {
        switch format {
        case .significant(let digits): NumberFormat.shortest(value, digits: digits)
        case .decimals(let decimals): NumberFormat.shortest(value, decimals: decimals)
        }
    }

    /// The number as prose shows it: a true minus sign (U+2212) and an exponent written as a
    /// power of ten with superscript digits (`2.21 × 10⁻⁵`), as a reader would typeset it.
    static func prose(_ value: Double, _ format: InlineValueSpec.Format) -> String {
        let written = text(value, format)
        guard value.isFinite else { return written }
        let minus = { (text: Substring) in text.replacingOccurrences(of: "-", with: "\u{2212}") }
        guard let e = written.firstIndex(of: "e"), let exponent = Int(written[written.index(after: e)...]) else {
            return minus(written[...])
        }
        let superscripts: [Character: Character] = [
            "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
        ]
        let power = String(String(exponent).compactMap { superscripts[$0] })
        return minus(written[..<e]) + " × 10" + power
    }

    static func tex(_ value: Double, _ format: InlineValueSpec.Format) -> String {
        guard value.isFinite else { return value.isNaN ? "\\mathrm{NaN}" : (value < 0 ? "-\\infty" : "\\infty") }
        let written = text(value, format)
        guard let e = written.firstIndex(of: "e"), let exponent = Int(written[written.index(after: e)...]) else {
            return written
        }
        return "\(written[..<e]) \\times 10^{\(exponent)}"
    }
}
