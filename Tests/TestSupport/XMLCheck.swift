import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Whether markup is well-formed XML, by Foundation's parser: figures, MathML and whole pages.
///
/// ```swift
/// XMLCheck.isWellFormed("<svg><title>a &amp; b</title></svg>")   // true
/// try XMLCheck.parse(page, name: "bp.html")                      // throws "bp.html:12:40: …"
/// ```
public enum XMLCheck {
    /// Where and why `text` is not well-formed (`LINE:COLUMN: error`), or nil when it is.
    public static func error(in text: String) -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        // On Linux `parse()` can return true after an error; the recorded error is what counts.
        let finished = parser.parse()
        guard !finished || parser.parserError != nil else { return nil }
        return "\(parser.lineNumber):\(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "not well-formed")"
    }

    public static func isWellFormed(_ text: String) -> Bool { error(in: text) == nil }

    /// Throws the error, prefixed with `name`, when `text` is not well-formed.
    public static func parse(_ text: String, name: String) throws {
        if let error = error(in: text) { throw Failure(description: name + ":" + error) }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }
}
