/// One lexical unit of an nn statement, located in the notebook.
///
/// `text` is the token's source text (a string token keeps its quotes), used to quote the
/// author's own spelling back in messages. `isAttached` says no whitespace separates the token
/// from the one before it on the same line: `2-4` is a layer shape, `t.output[1]` an index.
///
/// ```swift
/// Token(.word("net"), text: "net", at: location)
/// ```
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case number(Double)
        case string(String)
        /// A name, a keyword or a command; also a digit-led run such as `2x3`.
        case word(String)
        case equals
        case comma
        case leftBracket
        case rightBracket
        case minus
        case dot
        case less
        case lessOrEqual
        case greater
        case greaterOrEqual
    }

    public var kind: Kind
    public var text: String
    public var location: SourceLocation
    public var isAttached: Bool

    public init(_ kind: Kind, text: String, at location: SourceLocation, isAttached: Bool = false) {
        self.kind = kind
        self.text = text
        self.location = location
        self.isAttached = isAttached
    }

    /// Columns the token spans in the source.
    public var length: Int { text.unicodeScalars.count }

    /// The word, if this token is one.
    public var word: String? {
        if case .word(let word) = kind { return word }
        return nil
    }

    /// How the token reads in a message: `'='`, `'tanh'`, `"points.csv"`.
    var quoted: String {
        if case .string = kind { return text }
        return "'\(text)'"
    }
}
