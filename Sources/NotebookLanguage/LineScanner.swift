/// Scans one physical line into tokens.
public struct LineScanner {
    let scalars: [Unicode.Scalar]
    let start: SourceLocation
    var index = 0
    var tokens: [Token] = []
    var sawSpace = true

    public init(line: BlockSource.Line) {
        scalars = Array(line.text.unicodeScalars)
        start = line.start
    }

    func location(_ offset: Int) -> SourceLocation {
        SourceLocation(file: start.file, line: start.line, column: start.column + offset)
    }

    func text(_ from: Int, _ to: Int) -> String {
        var string = ""
        string.unicodeScalars.append(contentsOf: scalars[from..<to])
        return string
    }

    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    public mutating func scan() -> (tokens: [Token], error: Diagnostic?, continuation: SourceLocation?) {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\r" {
                index += 1
                sawSpace = true
                continue
            }
            if c == "#" { break }
            if c == "\\" {
                let slash = location(index)
                let rest = text(index + 1, scalars.count).drop { $0 == " " || $0 == "\t" }
                guard rest.isEmpty || rest.hasPrefix("#") else {
                    return (tokens, .error(at: slash, "'\\' continues a statement only at the end of a line",
                                           hint: "move the rest of the statement to the next line"), nil)
                }
                return (tokens, nil, slash)
            }
            if let error = scanToken(c) { return (tokens, error, nil) }
            sawSpace = false
        }
        return (tokens, nil, nil)
    }

    mutating func add(_ kind: Token.Kind, from: Int) {
        tokens.append(Token(kind, text: text(from, index), at: location(from), isAttached: !sawSpace))
    }

    mutating func scanToken(_ c: Unicode.Scalar) -> Diagnostic? {
        let from = index
        switch c {
        case "=": index += 1; add(.equals, from: from)
        case ",": index += 1; add(.comma, from: from)
        case "[": index += 1; add(.leftBracket, from: from)
        case "]": index += 1; add(.rightBracket, from: from)
        case ".": index += 1; add(.dot, from: from)
        case "<", ">":
            index += 1
            let orEqual = peek() == "="
            if orEqual { index += 1 }
            add(c == "<" ? (orEqual ? .lessOrEqual : .less) : (orEqual ? .greaterOrEqual : .greater), from: from)
        case "-":
            // `-5` is a number, but in `2-4` or `]-2` the minus separates layer sizes.
            let previous = tokens.last
            let joinsShape = !sawSpace && (previous.map { $0.kind.isNumber || $0.kind == .rightBracket } ?? false)
            if let next = peek(1), next.properties.numericType != nil, next.isASCII, !joinsShape {
                return scanNumber()
            }
            index += 1
            add(.minus, from: from)
        case "\"": return scanString()
        case _ where c.isASCII && c.properties.numericType != nil: return scanNumber()
        case _ where c.isLetter:
            while let d = peek(), d.isWordCharacter { index += 1 }
            add(.word(text(from, index)), from: from)
        default:
            if c == "'" {
                return .error(at: location(from), "single quotes do not make a string",
                              hint: "strings use double quotes: \"…\"")
            }
            return .error(at: location(from), "unexpected character '\(Character(c))'",
                          hint: "names use ASCII letters, digits and '_'")
        }
        return nil
    }

    mutating func scanNumber() -> Diagnostic? {
        let from = index
        if peek() == "-" { index += 1 }
        while let d = peek(), d.isDigit { index += 1 }
        if peek() == ".", let d = peek(1), d.isDigit {
            index += 1
            while let d = peek(), d.isDigit { index += 1 }
        }
        if peek() == "e" || peek() == "E" {
            var ahead = 1
            if peek(1) == "-" || peek(1) == "+" { ahead = 2 }
            if let d = peek(ahead), d.isDigit {
                index += ahead
                while let d = peek(), d.isDigit { index += 1 }
            }
        }
        // A digit-led word such as `2x3` (a grid size) stays one token.
        if let d = peek(), d.isLetter {
            while let d = peek(), d.isWordCharacter { index += 1 }
            add(.word(text(from, index)), from: from)
            return nil
        }
        let literal = text(from, index)
        guard let value = Double(literal) else {
            return .error(at: location(from), "malformed number '\(literal)'",
                          hint: "numbers look like 3, -0.5 or 1e-9", length: index - from)
        }
        add(.number(value), from: from)
        return nil
    }

    mutating func scanString() -> Diagnostic? {
        let from = index
        index += 1
        var value = ""
        while let c = peek() {
            if c == "\"" {
                index += 1
                add(.string(value), from: from)
                return nil
            }
            if c == "\\" {
                guard let escaped = peek(1) else { break }
                switch escaped {
                case "\"": value.unicodeScalars.append("\"")
                case "\\": value.unicodeScalars.append("\\")
                case "n": value.unicodeScalars.append("\n")
                case "t": value.unicodeScalars.append("\t")
                default:
                    return .error(at: location(index), "unknown escape '\\\(Character(escaped))' in a string",
                                  hint: "use \\\" for a quote, \\\\ for a backslash, \\n or \\t", length: 2)
                }
                index += 2
                continue
            }
            value.unicodeScalars.append(c)
            index += 1
        }
        return .error(at: location(from), "unterminated string", hint: "add the closing '\"'",
                      length: scalars.count - from)
    }
}

extension Unicode.Scalar {
    fileprivate var isDigit: Bool { isASCII && properties.numericType != nil }
    fileprivate var isLetter: Bool { isASCII && properties.isAlphabetic }
    fileprivate var isWordCharacter: Bool { isLetter || isDigit || self == "_" }
}

extension Token.Kind {
    var isNumber: Bool {
        if case .number = self { return true }
        return false
    }
}
