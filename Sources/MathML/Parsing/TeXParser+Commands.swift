extension TeXParser {
    /// The atom a command starts; the command is the next token.
    mutating func parseCommand(_ name: String, at token: TeXToken) throws(TeXError) -> MathNode {
        guard let command = TeXCommand.named(name) else { throw unsupportedCommand(token) }
        position += 1
        switch command {
        case .identifier(let symbol, let isUpright):
            guard let alphabet else { return .identifier(symbol, isUpright: isUpright) }
            let styledSymbol = styled(symbol, alphabet)
            return .identifier(styledSymbol, isUpright: styledSymbol == symbol && (isUpright || alphabet == .upright))
        case .op(let op):
            return .op(op)
        case .function(let name, let hasLimits):
            return .function(name, hasLimits: hasLimits)
        case .space(let width):
            return .space(width)
        case .fraction(let style):
            // Numerators and denominators are never in display style, even in \dfrac.
            let saved = isDisplayStyle
            isDisplayStyle = false
            defer { isDisplayStyle = saved }
            let numerator = try parseArgument(of: token)
            let denominator = try parseArgument(of: token)
            return .fraction(numerator: numerator, denominator: denominator, style: style)
        case .squareRoot:
            let index = try parseRootIndex(of: token)
            return .root(try parseArgument(of: token), index: index)
        case .accent(let mark, let isStretchy, let isUnder):
            return .accent(base: try parseArgument(of: token), mark: mark, isStretchy: isStretchy, isUnder: isUnder)
        case .font(let newAlphabet):
            let saved = alphabet
            alphabet = newAlphabet
            defer { alphabet = saved }
            // \mathbf{W} is the letter itself, not a group around it.
            let argument = try parseArgument(of: token)
            if case .row(let nodes) = argument, nodes.count == 1 { return nodes[0] }
            return argument
        case .text:
            return .text(try parseTextArgument(of: token))
        case .operatorName:
            var hasLimits = false
            if position < tokens.count, tokens[position].kind == .character("*") {
                hasLimits = true
                position += 1
            }
            return .function(try parseTextArgument(of: token), hasLimits: hasLimits)
        case .left:
            return try parseFenced(after: token)
        case .big(let size, let kind):
            let symbol = try parseDelimiter(after: token)
            guard let symbol else { return .space(0) }
            return .op(MathOperator(symbol, kind, isFence: true, size: size))
        case .begin:
            return try parseEnvironment(after: token)
        case .style:
            throw TeXError(at: token, "'\(token.spelling)' cannot be an argument",
                           hint: "put it inside braces: {\(token.spelling) …}")
        case .limits:
            throw TeXError(at: token, "'\(token.spelling)' must follow an operator",
                           hint: "write it right after \\sum, \\int, \\lim or \\operatorname*{…}")
        case .right, .middle, .end, .newline:
            throw misplaced(token)
        }
    }

    // \sqrt[n]{x}: the index runs to the first ']' outside braces.
    private mutating func parseRootIndex(of token: TeXToken) throws(TeXError) -> MathNode? {
        guard let open = peek(), open.kind == .character("[") else { return nil }
        position += 1
        let saved = isDisplayStyle
        isDisplayStyle = false
        defer { isDisplayStyle = saved }
        let index = try parseRow(endsAtBracket: true)
        guard let close = peek() else { throw TeXError(at: open, "unbalanced '['", hint: "add a matching ']'") }
        guard close.kind == .character("]") else { throw misplaced(close) }
        position += 1
        return .row(index)
    }

    // MARK: - Delimiters

    /// `\left( … \middle| … \right)`, written as a row between stretchy fences.
    private mutating func parseFenced(after left: TeXToken) throws(TeXError) -> MathNode {
        let open = try parseDelimiter(after: left)
        var content: [MathNode] = []
        while true {
            content += try parseRow()
            guard let token = peek(), let name = token.commandName, name == "right" || name == "middle" else {
                throw TeXError(at: left, "'\\left' without matching '\\right'",
                               hint: "close it with \\right) or \\right. in the same group and cell")
            }
            position += 1
            let symbol = try parseDelimiter(after: token)
            if name == "right" {
                return .fenced(open: open.map { MathOperator($0, .open, isFence: true) }, content: content,
                               close: symbol.map { MathOperator($0, .close, isFence: true) })
            }
            if let symbol { content.append(.op(MathOperator(symbol, .ordinary, isFence: true))) }
        }
    }

    /// The delimiter after `\left`, `\right`, `\middle` or `\big`; nil for the invisible `.`.
    private mutating func parseDelimiter(after owner: TeXToken) throws(TeXError) -> String? {
        guard let token = peek() else {
            throw TeXError(at: owner, "missing delimiter after '\(owner.spelling)'", hint: Self.delimiterHint)
        }
        let symbol: String?? = switch token.kind {
        case .character("."): .some(nil)
        case .character(let character): Self.characterDelimiters[character]
        case .command(let name): Self.commandDelimiters[name].map { .some($0) }
        default: nil
        }
        guard let symbol else {
            throw TeXError(at: token, "'\(token.spelling)' is not a delimiter", hint: Self.delimiterHint)
        }
        position += 1
        return symbol
    }

    private static let delimiterHint =
        "use one of ( ) [ ] \\{ \\} | \\| \\langle \\rangle \\lfloor \\rfloor \\lceil \\rceil or . for none"

    private static let characterDelimiters: [String: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", "<": "⟨", ">": "⟩",
    ]

    private static let commandDelimiters: [String: String] = [
        "{": "{", "}": "}", "lbrace": "{", "rbrace": "}", "langle": "⟨", "rangle": "⟩", "vert": "|",
        "lvert": "|", "rvert": "|", "|": "‖", "Vert": "‖", "lVert": "‖", "rVert": "‖", "lfloor": "⌊",
        "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "lbrack": "[", "rbrack": "]", "backslash": "∖",
        "uparrow": "↑", "downarrow": "↓",
    ]
}
