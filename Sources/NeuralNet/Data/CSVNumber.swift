/// How a CSV field reads as a number: decimal syntax only (`12`, `-0.5`, `.5`, `1e-3`, `+2.`),
/// plus the spellings of NaN and infinity so they can be reported by name.
enum CSVNumber: Equatable {
    case finite(Double)
    case notANumber
    case infinite

    /// Nil when the text is not a number at all.
    init?(_ text: String) {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        switch body.lowercased() {
        case "nan": self = .notANumber; return
        case "inf", "infinity": self = .infinite; return
        default: break
        }
        guard Self.isDecimal(body.utf8), let value = Double(text) else { return nil }
        // A decimal can still overflow, as `1e999` does.
        self = value.isFinite ? .finite(value) : .infinite
    }

    /// Whether a field is meant as a number, even a malformed one: it parses as one (NaN and
    /// infinity included), or it starts with a digit, or with a sign or point before a digit.
    static func looksNumeric(_ text: String) -> Bool {
        if CSVNumber(text) != nil { return true }
        var bytes = Substring(text).utf8
        if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: ".") { bytes = bytes.dropFirst() }
        return bytes.first.map { $0 >= 48 && $0 <= 57 } ?? false
    }

    /// digits [. digits] [e [sign] digits], with at least one digit before the exponent.
    private static func isDecimal(_ bytes: Substring.UTF8View) -> Bool {
        var iterator = bytes.makeIterator()
        var byte = iterator.next()
        var mantissaDigits = 0
        func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= 48 && $0 <= 57 } ?? false }
        while isDigit(byte) { mantissaDigits += 1; byte = iterator.next() }
        if byte == UInt8(ascii: ".") {
            byte = iterator.next()
            while isDigit(byte) { mantissaDigits += 1; byte = iterator.next() }
        }
        guard mantissaDigits > 0 else { return false }
        if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            byte = iterator.next()
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") { byte = iterator.next() }
            guard isDigit(byte) else { return false }
            while isDigit(byte) { byte = iterator.next() }
        }
        return byte == nil
    }
}
