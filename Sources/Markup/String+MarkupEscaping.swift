extension String {
    /// This text made safe to place in HTML or XML text or in a double-quoted attribute value.
    ///
    /// `&`, `<` and `>` always become entities (so `]]>` and `</svg>` can never close anything);
    /// quotes become entities inside attributes. Characters that XML 1.0 forbids (C0 controls
    /// other than tab, newline and carriage return, and U+FFFE/U+FFFF) are dropped, so a figure
    /// stays well-formed whatever a notebook contains. This is the only escaping function in
    /// weave: every other module reaches it through ``Node``.
    public func escapedForMarkup(inAttribute: Bool) -> String {
        // Most text (numbers, path data, plain words) has nothing to escape or drop.
        let isPlain = utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): false
            case 0x20..<0x7F, UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): true
            default: false
            }
        }
        if isPlain { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "'" where inAttribute: result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            case "\u{FFFE}", "\u{FFFF}": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
