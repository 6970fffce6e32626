/// A value as written in a statement, before the checker gives it a meaning.
///
/// `text` is the author's spelling (used to quote it back: `not "abc"`), `location` and
/// `length` span it in the notebook.
///
/// ```swift
/// // `2-[1,2]-2` parses to
/// Value(.shape([.number(2), .list([1, 2]), .number(2)]), …)
/// ```
public struct Value: Hashable, Sendable {
    public indirect enum Kind: Hashable, Sendable {
        case number(Double)
        case string(String)
        case word(String)
        case list([Value])
        /// A layer shape `2-4-2`: each element a number or a list (a sweep position).
        case shape([Value])
        /// A name followed by fields and indexes: `t.output[1]`.
        case reference(Reference)
    }

    public var kind: Kind
    public var text: String
    public var location: SourceLocation
    public var length: Int

    public init(_ kind: Kind, text: String, location: SourceLocation, length: Int) {
        self.kind = kind
        self.text = text
        self.location = location
        self.length = length
    }

    /// A word or a reference as a reference (a bare word is a reference with no path).
    public var reference: Reference? {
        switch kind {
        case .word(let word): return Reference(name: word, path: [])
        case .reference(let reference): return reference
        default: return nil
        }
    }
}
