/// Alphanumeric stand-ins for math spans, inline values and references while cmark parses the prose.
///
/// cmark has no math, and would unescape `\\` and read `_`/`*` as emphasis; so spans are cut out
/// before parsing and replaced by tokens such as `wvphm12z` (prefix, kind, index, `z`), which
/// cmark passes through as ordinary text. The prefix is chosen so that it occurs nowhere in the
/// notebook and cannot overlap itself, so every occurrence in a text node is a token.
struct Placeholder: Sendable {
    enum Kind: Character, Sendable {
        case math = "m"
        case reference = "r"
        case value = "v"
    }

    enum Piece: Equatable, Sendable {
        case text(String)
        case token(Kind, Int)
    }

    /// `wvph`, then as many `x` as needed to be absent from the text.
    let prefix: String

    init(avoiding text: String) {
        // One more `x` than the longest `wvph` + `x`s of the text: absent from it, and the same
        // prefix as adding one `x` while the text contains the prefix, in one linear pass (that
        // loop was quadratic on text made of long `wvphxxx…` runs).
        let stem = Array("wvph".utf8)
        let bytes = Array(text.utf8)
        var longest = -1
        var i = 0
        while i + stem.count <= bytes.count {
            guard bytes[i] == stem[0], bytes[i..<i + stem.count].elementsEqual(stem) else { i += 1; continue }
            var end = i + stem.count
            while end < bytes.count, bytes[end] == UInt8(ascii: "x") { end += 1 }
            longest = max(longest, end - i - stem.count)
            i = end
        }
        self.prefix = "wvph" + String(repeating: "x", count: longest + 1)
    }

    func token(_ kind: Kind, _ index: Int) -> String {
        prefix + String(kind.rawValue) + String(index) + "z"
    }

    /// `text` cut into plain text and tokens, in order (adjacent text kept together). Only
    /// tokens of spans that exist count: cmark decodes entities, so prose such as
    /// `wv&#112;hm5z` reaches a text node spelling a token the scanner never made, and its
    /// index must not be trusted.
    func split(_ text: String, mathCount: Int, referenceCount: Int, valueCount: Int = 0) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(text)
        var plain = ""
        while let range = rest.firstRange(of: prefix) {
            plain += rest[..<range.lowerBound]
            var cursor = range.upperBound
            if let (kind, index, end) = parseToken(rest, from: cursor),
               index < { switch kind { case .math: mathCount; case .reference: referenceCount; case .value: valueCount } }() {
                if !plain.isEmpty { pieces.append(.text(plain)) }
                plain = ""
                pieces.append(.token(kind, index))
                cursor = end
            } else {
                plain += rest[range]
            }
            rest = rest[cursor...]
        }
        plain += rest
        if !plain.isEmpty || pieces.isEmpty { pieces.append(.text(plain)) }
        return pieces
    }

    /// The kind letter, decimal digits and `z` after a prefix, and the index after them.
    private func parseToken(_ text: Substring, from start: String.Index) -> (Kind, Int, String.Index)? {
        guard start < text.endIndex, let kind = Kind(rawValue: text[start]) else { return nil }
        var cursor = text.index(after: start)
        let digitsStart = cursor
        while cursor < text.endIndex, text[cursor].isASCII, text[cursor].isNumber { cursor = text.index(after: cursor) }
        guard cursor < text.endIndex, text[cursor] == "z", let index = Int(text[digitsStart..<cursor]) else { return nil }
        return (kind, index, text.index(after: cursor))
    }
}
