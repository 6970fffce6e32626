extension TeXParser {
    /// The plain text of `\text{…}` or `\operatorname{…}`: white space kept (runs become one
    /// space), inner braces only group, and a few escapes (`\{`, `\&`, `\,` …) allowed.
    mutating func parseTextArgument(of owner: TeXToken) throws(TeXError) -> String {
        guard let open = peek(), !endsRow(open, endsAtBracket: false) else { throw missingArgument(of: owner) }
        position += 1
        if open.kind != .openBrace { return try textPiece(open, in: owner) }
        var text = ""
        var depth = 0
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            switch token.kind {
            case .openBrace:
                depth += 1
            case .closeBrace:
                if depth == 0 { return text }
                depth -= 1
            default:
                text += try textPiece(token, in: owner)
            }
        }
        throw TeXError(at: open, "unbalanced '{'", hint: "add a matching '}'")
    }

    private func textPiece(_ token: TeXToken, in owner: TeXToken) throws(TeXError) -> String {
        switch token.kind {
        case .letter(let text), .digit(let text), .character(let text): return text
        case .space: return " "
        case .tilde: return "\u{00A0}"
        case .prime: return "’"
        case .command(let name):
            if let text = Self.textEscapes[name] { return text }
            throw TeXError(at: token, "unsupported command '\(token.spelling)' inside '\(owner.spelling)'",
                           hint: "end the \(owner.spelling){…} before math commands")
        case .caret, .underscore, .ampersand:
            throw TeXError(at: token, "'\(token.spelling)' inside '\(owner.spelling)'",
                           hint: "write \\\(token.spelling) for the character, or end the \(owner.spelling){…} first")
        case .openBrace, .closeBrace:
            throw missingArgument(of: owner)
        }
    }

    private static let textEscapes: [String: String] = [
        "{": "{", "}": "}", "_": "_", "&": "&", "%": "%", "$": "$", "#": "#", "^": "^", " ": " ",
        ",": "\u{2009}", ";": "\u{2004}", "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}",
        "textbackslash": "\\",
    ]
}
