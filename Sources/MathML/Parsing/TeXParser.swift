/// Parses a TeX formula's tokens into ``MathNode``s, following TeX's rules for arguments and scripts.
///
/// A row runs until a token that ends it (`}`, `&`, `\\`, `\end`, `\right`, `\middle`, or `]`
/// inside `\sqrt[…]`); whoever asked for the row decides whether that token is allowed there.
/// Arguments are one token or one group, as in TeX: `x^23` is `x^{2}3`.
struct TeXParser {
    let tokens: [TeXToken]
    var position = 0
    /// Display style puts the limits of `\sum` and `\lim` under and over them.
    var isDisplayStyle: Bool
    /// Set inside `\mathbf{…}` and friends.
    var alphabet: MathAlphabet?
    /// The environments being parsed, innermost last, for messages about `&` and `\\`.
    var environments: [String] = []
    /// How many atoms are open around the current one; bounded so deep nesting cannot exhaust the stack.
    private var depth = 0
    static let maximumDepth = 64

    init(_ source: String, display: Bool) throws(TeXError) {
        tokens = try TeXTokenizer(source).tokenize()
        isDisplayStyle = display
    }

    /// The whole formula as one row.
    mutating func parseFormula() throws(TeXError) -> [MathNode] {
        let nodes = try parseRow()
        if let token = peek() { throw misplaced(token) }
        return nodes
    }

    // MARK: - Rows

    mutating func parseRow(endsAtBracket: Bool = false) throws(TeXError) -> [MathNode] {
        var nodes: [MathNode] = []
        while let token = peek(), !endsRow(token, endsAtBracket: endsAtBracket) {
            if case .command(let name) = token.kind, case .style(let isDisplay)? = TeXCommand.named(name) {
                try checkDepth(at: token)
                position += 1
                let saved = isDisplayStyle
                isDisplayStyle = isDisplay
                depth += 1
                defer {
                    isDisplayStyle = saved
                    depth -= 1
                }
                nodes.append(.style(isDisplay: isDisplay, try parseRow(endsAtBracket: endsAtBracket)))
                break
            }
            let atom = try parseAtom(isArgument: false)
            nodes.append(try parseScripts(on: atom))
        }
        return nodes
    }

    func endsRow(_ token: TeXToken, endsAtBracket: Bool) -> Bool {
        switch token.kind {
        case .closeBrace, .ampersand: return true
        case .character("]"): return endsAtBracket
        case .command(let name): return ["\\", "end", "right", "middle"].contains(name)
        default: return false
        }
    }

    // MARK: - Atoms

    /// One atom without its scripts; as an argument, one digit or letter rather than a run.
    mutating func parseAtom(isArgument: Bool) throws(TeXError) -> MathNode {
        guard let token = peek() else { preconditionFailure("parseAtom needs a token") }
        try checkDepth(at: token)
        depth += 1
        defer { depth -= 1 }
        switch token.kind {
        case .openBrace:
            return .row(try parseGroup())
        case .caret, .underscore, .prime:
            return .row([])  // TeX allows scripts on nothing: ^{2} sits on an empty base.
        case .tilde:
            position += 1
            return .space(0.3333)
        case .letter(let letter):
            position += 1
            guard let alphabet else { return .identifier(letter, isUpright: false) }
            var run = letter
            while !isArgument, case .letter(let next)? = tokens[safe: position]?.kind {
                run += next
                position += 1
            }
            return .identifier(styled(run, alphabet), isUpright: alphabet == .upright)
        case .digit(let digit):
            position += 1
            var number = digit
            if !isArgument { number += takeDigitsAndPoint() }
            return .number(alphabet.map { styled(number, $0) } ?? number)
        case .character(let character):
            position += 1
            if character == ".", !isArgument, case .digit? = tokens[safe: position]?.kind {
                return .number("." + takeDigitsAndPoint())
            }
            return DirectCharacter.node(for: character)
        case .command(let name):
            return try parseCommand(name, at: token)
        case .closeBrace, .ampersand, .space:
            preconditionFailure("rows and arguments stop before \(token.spelling)")
        }
    }

    private func checkDepth(at token: TeXToken) throws(TeXError) {
        guard depth < Self.maximumDepth else {
            throw TeXError(at: token, "formula nested too deeply",
                           hint: "use at most \(Self.maximumDepth) levels of braces and arguments")
        }
    }

    /// A `{…}` group's contents; the `{` is the next token.
    mutating func parseGroup() throws(TeXError) -> [MathNode] {
        let open = tokens[position]
        position += 1
        let nodes = try parseRow()
        guard let end = peek() else {
            throw TeXError(at: open, "unbalanced '{'", hint: "add a matching '}'")
        }
        guard end.kind == .closeBrace else { throw misplaced(end, insideGroupAt: open) }
        position += 1
        return nodes
    }

    /// One argument of `owner` (a command, `^` or `_`): a group or a single token's atom.
    mutating func parseArgument(of owner: TeXToken) throws(TeXError) -> MathNode {
        guard let token = peek(), !endsRow(token, endsAtBracket: false),
              ![.caret, .underscore, .prime].contains(token.kind)
        else {
            throw missingArgument(of: owner)
        }
        return try parseAtom(isArgument: true)
    }

    // Digits after the first, and one decimal point if a digit follows it: 0.7987314002 is one number.
    private mutating func takeDigitsAndPoint() -> String {
        var text = ""
        var hasPoint = false
        while let kind = tokens[safe: position]?.kind {
            if case .digit(let digit) = kind {
                text += digit
            } else if kind == .character("."), !hasPoint, case .digit? = tokens[safe: position + 1]?.kind {
                text += "."
                hasPoint = true
            } else {
                break
            }
            position += 1
        }
        return text
    }

    func styled(_ text: String, _ alphabet: MathAlphabet) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map(alphabet.styled)))
    }

    // MARK: - Tokens

    /// The next token that is not white space, skipping the white space.
    mutating func peek() -> TeXToken? {
        while position < tokens.count, tokens[position].isSpace { position += 1 }
        return tokens[safe: position]
    }

    /// The next token, consumed.
    mutating func next() -> TeXToken? {
        let token = peek()
        if token != nil { position += 1 }
        return token
    }
}
