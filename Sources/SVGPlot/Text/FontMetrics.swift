/// Widths of text as a browser sets it in DejaVu Sans, the font figures name first.
///
/// Legends and axis margins are sized from these widths, never from a guess per character.
/// The advances come from the font file (`make_font_metrics.py` writes the table); characters
/// of East Asian scripts are full width (1 em), combining marks take no room, and anything else
/// the table lacks counts as 1 em, so a box is never too narrow. A reader without DejaVu Sans
/// gets the generic sans-serif, which is narrower: text then has room to spare.
///
/// ```swift
/// FontMetrics.width("class 1", size: 12)   // 44.3…
/// FontMetrics.width("中文", size: 12)       // 24
/// ```
public enum FontMetrics {
    /// The CSS font stack figures use.
    public static let fontFamily = "\"DejaVu Sans\",sans-serif"

    /// The advance of `text` in CSS pixels at `size` pixels per em.
    public static func width(_ text: String, size: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars { ems += advance(scalar) }
        return ems * size
    }

    /// One character's advance in ems.
    static func advance(_ scalar: Unicode.Scalar) -> Double {
        let code = scalar.value
        if (0x300...0x36F).contains(code) || (0x200B...0x200F).contains(code) || (0xFE00...0xFE0F).contains(code) {
            return 0
        }
        for range in ranges where code >= range.first && code < range.first + UInt32(range.advances.count) {
            let units = range.advances[Int(code - range.first)]
            return units > 0 ? Double(units) / Double(unitsPerEm) : 1
        }
        return 1
    }
}
