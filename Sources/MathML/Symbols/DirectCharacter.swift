/// What a character written directly in a formula (`+`, `(`, `σ`, `≈`) means.
///
/// ASCII punctuation follows TeX's classes; any other character that some command produces
/// (`≈` from `\approx`) means what that command means; other letters are identifiers and
/// other symbols ordinary operators.
enum DirectCharacter {
    static func node(for character: String) -> MathNode {
        if let op = ascii[character] { return .op(op) }
        if let node = fromCommands[character] { return node }
        guard let scalar = character.unicodeScalars.first else { return .op(MathOperator(character, .ordinary)) }
        if scalar.properties.isAlphabetic {
            // Capital Greek is upright in TeX, whether written as \Sigma or as Σ.
            return .identifier(character, isUpright: (0x391...0x3A9).contains(scalar.value))
        }
        if scalar.properties.numericType == .decimal { return .number(character) }
        return .op(MathOperator(character, .ordinary))
    }

    private static let ascii: [String: MathOperator] = [
        "+": MathOperator("+", .binary), "-": MathOperator("−", .binary), "*": MathOperator("∗", .binary),
        "=": MathOperator("=", .relation), "<": MathOperator("<", .relation), ">": MathOperator(">", .relation),
        ":": MathOperator(":", .relation), ",": MathOperator(",", .punctuation), ";": MathOperator(";", .punctuation),
        "(": MathOperator("(", .open), "[": MathOperator("[", .open), ")": MathOperator(")", .close),
        "]": MathOperator("]", .close), "!": MathOperator("!", .close), "?": MathOperator("?", .close),
        "|": MathOperator("|", .ordinary), "/": MathOperator("/", .ordinary), ".": MathOperator(".", .ordinary),
    ]

    // Sorted by command name so that the first command producing a symbol always wins.
    private static let fromCommands: [String: MathNode] = {
        var table: [String: MathNode] = [:]
        for name in TeXCommand.names {
            switch TeXCommand.named(name) {
            case .identifier(let symbol, let isUpright)?:
                if table[symbol] == nil { table[symbol] = .identifier(symbol, isUpright: isUpright) }
            case .op(let op)?:
                if table[op.symbol] == nil { table[op.symbol] = .op(op) }
            default:
                break
            }
        }
        return table
    }()
}
