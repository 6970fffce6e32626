/// Splits a TeX formula into ``TeXToken``s.
///
/// Commands are a backslash and a run of ASCII letters (`\alpha`), or a backslash and one other
/// character (`\,`, `\{`, `\\`). `%` starts a comment that runs to the end of the line. Combining
/// marks stay with the character before them, so `x̂` written directly is one token.
struct TeXTokenizer {
    private let scalars: [Unicode.Scalar]

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    func tokenize() throws(TeXError) -> [TeXToken] {
        var tokens: [TeXToken] = []
        var index = 0
        while index < scalars.count {
            let start = index
            let scalar = scalars[index]
            index += 1
            let kind: TeXToken.Kind
            switch scalar {
            case "\\":
                guard index < scalars.count else {
                    throw TeXError(offset: start, length: 1, "'\\' at the end of the formula",
                                   hint: "write \\backslash for a backslash symbol")
                }
                if isASCIILetter(scalars[index]) {
                    while index < scalars.count, isASCIILetter(scalars[index]) { index += 1 }
                } else {
                    index += 1
                }
                kind = .command(String(String.UnicodeScalarView(scalars[(start + 1)..<index])))
            case "%":
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
                continue
            case " ", "\t", "\n", "\r":
                while index < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[index]) { index += 1 }
                kind = .space
            case "{": kind = .openBrace
            case "}": kind = .closeBrace
            case "^": kind = .caret
            case "_": kind = .underscore
            case "&": kind = .ampersand
            case "'": kind = .prime
            case "~": kind = .tilde
            case "#", "$":
                throw TeXError(offset: start, length: 1, "unexpected '\(scalar)' in math",
                               hint: "write \\\(scalar) for the symbol itself")
            case _ where isASCIILetter(scalar): kind = .letter(String(scalar))
            case "0"..."9": kind = .digit(String(scalar))
            default:
                while index < scalars.count, scalars[index].properties.generalCategory == .nonspacingMark {
                    index += 1
                }
                kind = .character(String(String.UnicodeScalarView(scalars[start..<index])))
            }
            tokens.append(TeXToken(kind: kind, offset: start, length: index - start))
        }
        return tokens
    }

    private func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
