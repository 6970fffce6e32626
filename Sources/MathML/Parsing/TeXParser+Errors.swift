import Spelling
extension TeXParser {
    /// A token that ends a row where it is not allowed: a stray `}`, `&` outside an environment, …
    func misplaced(_ token: TeXToken, insideGroupAt group: TeXToken? = nil) -> TeXError {
        let environmentHint = "put the lines in \\begin{aligned} … \\end{aligned}"
        switch token.kind {
        case .closeBrace:
            return TeXError(at: token, "unbalanced '}'", hint: "remove it or add a matching '{' before it")
        case .ampersand, .command("\\"):
            if group != nil, !environments.isEmpty {
                return TeXError(at: token, "'\(token.spelling)' inside braces",
                                hint: "close the '{' before '\(token.spelling)'")
            }
            return TeXError(at: token, "'\(token.spelling)' outside an aligned environment", hint: environmentHint)
        case .command("end"):
            return TeXError(at: token, "'\\end' without matching '\\begin'", hint: "remove it or add \\begin{…} before it")
        case .command("right"):
            return TeXError(at: token, "'\\right' without matching '\\left'", hint: "add \\left( or \\left. before it")
        case .command("middle"):
            return TeXError(at: token, "'\\middle' outside '\\left … \\right'", hint: "use it between \\left and \\right")
        default:
            return TeXError(at: token, "unexpected '\(token.spelling)'")
        }
    }

    func missingArgument(of owner: TeXToken) -> TeXError {
        let example: String = switch owner.kind {
        case .caret: "x^{2}"
        case .underscore: "x_{i}"
        case .command("frac"), .command("dfrac"), .command("tfrac"), .command("binom"):
            "\(owner.spelling){a}{b}"
        case .command("sqrt"): "\\sqrt{x} or \\sqrt[n]{x}"
        default: "\(owner.spelling){x}"
        }
        return TeXError(at: owner, "missing argument for '\(owner.spelling)'", hint: "write \(example)")
    }

    func unsupportedCommand(_ token: TeXToken) -> TeXError {
        let name = token.commandName ?? token.spelling
        if let hint = Self.knownUnsupported[name] {
            return TeXError(at: token, "unsupported TeX command '\\\(name)'", hint: hint)
        }
        if let suggestion = Spelling.nearest(to: name, among: TeXCommand.names) {
            return TeXError(at: token, "unsupported TeX command '\\\(name)'", hint: "did you mean '\\\(suggestion)'?")
        }
        return TeXError(at: token, "unsupported TeX command '\\\(name)'",
                        hint: "weave supports: \\frac, \\sqrt, \\sum, \\prod, \\int, \\text, \\mathbf, \\left … \\right, "
                            + "Greek letters and more; see the MathML module's README")
    }

    // LaTeX commands that weave leaves out on purpose; a "did you mean" would mislead (\color → \colon).
    private static let knownUnsupported: [String: String] = [
        "color": "formulas are drawn in one colour; remove \\color{…}",
        "textcolor": "formulas are drawn in one colour; remove \\textcolor{…}",
        "label": "formulas are not numbered or labelled; remove it",
        "tag": "formulas are not numbered or labelled; remove it",
        "nonumber": "formulas are not numbered; remove it",
        "notag": "formulas are not numbered; remove it",
        "newcommand": "macros are not supported; write the TeX out in full",
        "renewcommand": "macros are not supported; write the TeX out in full",
        "def": "macros are not supported; write the TeX out in full",
    ]
}
