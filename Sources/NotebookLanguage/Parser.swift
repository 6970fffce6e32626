/// Turns an nn block into statements: `[targets =] command { value | key=value }`.
///
/// Each statement is parsed on its own; a syntax error is reported with its location and a hint
/// and that statement is skipped, so one run reports every broken statement of a notebook.
///
/// ```swift
/// let (statements, diagnostics) = Parser().parse(block)
/// statements[0].command.text  // "network"
/// ```
public struct Parser: Sendable {
    public init() {}

    /// The block's statements in order, and a diagnostic for each one that could not be parsed.
    public func parse(_ block: BlockSource) -> (statements: [Statement], diagnostics: [Diagnostic]) {
        let (lines, lexical) = Lexer().tokenize(block)
        var diagnostics = lexical
        var statements: [Statement] = []
        for tokens in lines {
            var cursor = TokenCursor(tokens: tokens)
            do {
                statements.append(try cursor.statement())
            } catch let diagnostic as Diagnostic {
                diagnostics.append(diagnostic)
            } catch {
                preconditionFailure("the parser throws only diagnostics")
            }
        }
        return (statements, diagnostics)
    }
}

/// Walks the tokens of one statement.
private struct TokenCursor {
    let tokens: [Token]
    var index = 0
    /// Lists open around the current token; bounded so a deep nest is an error, not a stack overflow.
    var depth = 0
    static let maximumDepth = 16

    var current: Token? { index < tokens.count ? tokens[index] : nil }
    func peek(_ ahead: Int) -> Token? { index + ahead < tokens.count ? tokens[index + ahead] : nil }

    /// Just past the last token, for "expected … at the end" errors.
    var endLocation: SourceLocation {
        let last = tokens[tokens.count - 1]
        var location = last.location
        location.column += last.length
        return location
    }

    mutating func statement() throws -> Statement {
        var targets: [Statement.Word] = []
        if let first = current, first.word != nil,
           let next = peek(1), next.kind == .comma || next.kind == .equals {
            targets = try self.targets()
        }
        guard let commandToken = current, let command = commandToken.word, command.first!.isLetter else {
            let token = current ?? tokens[tokens.count - 1]
            let message = targets.isEmpty
                ? "a statement starts with a command or 'name ='"
                : "expected a command after '='"
            throw Diagnostic.error(at: current?.location ?? endLocation, message,
                                   hint: "for example: data = moons n=60", length: current == nil ? 1 : token.length)
        }
        index += 1
        let word = Statement.Word(command, at: commandToken.location)
        var comparison: Statement.Comparison?
        if Signature.command(named: command)?.takesComparison == true {
            comparison = try self.comparison(after: commandToken)
        }
        var arguments: [Statement.Argument] = []
        while current != nil { arguments.append(try argument()) }
        return Statement(targets: targets, command: word, comparison: comparison, arguments: arguments)
    }

    mutating func targets() throws -> [Statement.Word] {
        var targets: [Statement.Word] = []
        while true {
            guard let token = current, let name = token.word else {
                throw Diagnostic.error(at: current?.location ?? endLocation, "expected a name after ','",
                                       hint: "targets are names separated by commas: train, test = split …")
            }
            guard name.first!.isLetter else {
                throw Diagnostic.error(at: token.location, "'\(name)' is not a name", hint: "names start with a letter",
                                       length: token.length)
            }
            targets.append(Statement.Word(name, at: token.location))
            index += 1
            if current?.kind == .comma { index += 1; continue }
            guard current?.kind == .equals else {
                throw Diagnostic.error(at: current?.location ?? endLocation, "expected '=' after the targets",
                                       hint: "write: \(targets.map(\.text).joined(separator: ", ")) = command …")
            }
            index += 1
            return targets
        }
    }

    mutating func comparison(after command: Token) throws -> Statement.Comparison {
        guard current != nil else {
            throw Diagnostic.error(at: endLocation, "'expect' needs a comparison",
                                   hint: "for example: expect e.accuracy >= 0.9")
        }
        let left = try value()
        let comparators: [Token.Kind: Comparator] = [
            .equals: .equal, .less: .less, .lessOrEqual: .lessOrEqual,
            .greater: .greater, .greaterOrEqual: .greaterOrEqual,
        ]
        guard let token = current, let comparator = comparators[token.kind] else {
            throw Diagnostic.error(at: current?.location ?? endLocation, "expected a comparison after '\(left.text)'",
                                   hint: "use one of =, <, <=, >, >=", length: current?.length ?? 1)
        }
        index += 1
        guard current != nil else {
            throw Diagnostic.error(at: endLocation, "expected a value after '\(token.text)'",
                                   hint: "for example: expect \(left.text) \(token.text) 0.5")
        }
        let right = try value()
        return Statement.Comparison(left: left, comparator: comparator, at: token.location, right: right)
    }

    mutating func argument() throws -> Statement.Argument {
        let token = current!
        if let word = token.word, word.first!.isLetter {
            if peek(1)?.kind == .equals {
                index += 2
                guard current != nil else {
                    throw Diagnostic.error(at: endLocation, "expected a value after '\(word)='",
                                           hint: "write \(word)=VALUE with no space after '='")
                }
                return Statement.Argument(key: Statement.Word(word, at: token.location), value: try value())
            }
            if word == "on" || word == "to" {
                index += 1
                guard current != nil else {
                    throw Diagnostic.error(at: endLocation, "expected a value after '\(word)'",
                                           hint: word == "on" ? "name a dataset: on data" : "give a file: to \"out.csv\"")
                }
                return Statement.Argument(key: Statement.Word(word, at: token.location), value: try value())
            }
        }
        return Statement.Argument(value: try value())
    }

    mutating func value() throws -> Value {
        guard let token = current else {
            throw Diagnostic.error(at: endLocation, "expected a value",
                                   hint: "a number, a string, a name, a list or a layer shape")
        }
        let first: Value
        switch token.kind {
        case .number(let number):
            index += 1
            first = Value(.number(number), text: token.text, location: token.location, length: token.length)
        case .string(let string):
            index += 1
            first = Value(.string(string), text: token.text, location: token.location, length: token.length)
        case .word(let word):
            index += 1
            return try reference(word, from: token)
        case .leftBracket:
            first = try list()
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            throw Diagnostic.error(at: token.location, "comparison '\(token.text)' outside 'expect'",
                                   hint: "comparisons belong in: expect VALUE \(token.text) NUMBER", length: token.length)
        default:
            throw Diagnostic.error(at: token.location, "unexpected \(token.quoted)", hint: hint(for: token),
                                   length: token.length)
        }
        guard current?.kind == .minus else { return first }
        return try shape(startingWith: first)
    }

    func hint(for token: Token) -> String {
        switch token.kind {
        case .equals: return "write key=value with no spaces around '='"
        case .minus: return "layer shapes are written without spaces: 2-4-2"
        default: return "expected a number, a string, a name, a list or a layer shape"
        }
    }

    mutating func list() throws -> Value {
        let open = tokens[index]
        guard depth < Self.maximumDepth else {
            throw Diagnostic.error(at: open.location, "lists nested more than \(Self.maximumDepth) deep",
                                   hint: "weights are matrices: lists of lists of numbers")
        }
        depth += 1
        defer { depth -= 1 }
        index += 1
        var elements: [Value] = []
        if current?.kind == .rightBracket {
            index += 1
            return Value(.list([]), text: "[]", location: open.location, length: 2)
        }
        while true {
            guard current != nil else {
                throw Diagnostic.error(at: open.location, "unclosed '['", hint: "add the closing ']'")
            }
            elements.append(try value())
            guard let separator = current else {
                throw Diagnostic.error(at: open.location, "unclosed '['", hint: "add the closing ']'")
            }
            if separator.kind == .rightBracket { index += 1; break }
            guard separator.kind == .comma else {
                throw Diagnostic.error(at: separator.location, "expected ',' or ']' in a list, not \(separator.quoted)",
                                       hint: "separate list elements with commas: [1, 2, 3]", length: separator.length)
            }
            index += 1
        }
        return Value(.list(elements), text: "[" + elements.map(\.text).joined(separator: ",") + "]",
                     location: open.location, length: span(from: open))
    }

    mutating func shape(startingWith first: Value) throws -> Value {
        var elements = [first]
        while let minus = current, minus.kind == .minus {
            index += 1
            guard let next = current, next.isAttached, minus.isAttached || elements.count > 0 else {
                throw Diagnostic.error(at: minus.location, "expected a layer size after '-'",
                                       hint: "layer shapes are written without spaces: 2-4-2")
            }
            switch next.kind {
            case .number(let number):
                index += 1
                elements.append(Value(.number(number), text: next.text, location: next.location, length: next.length))
            case .leftBracket:
                elements.append(try list())
            default:
                throw Diagnostic.error(at: next.location, "expected a layer size after '-', not \(next.quoted)",
                                       hint: "layer sizes are whole numbers, or one list to sweep: 2-[2,4]-1",
                                       length: next.length)
            }
        }
        return Value(.shape(elements), text: elements.map(\.text).joined(separator: "-"),
                     location: first.location, length: span(from: tokens.first { $0.location == first.location }!))
    }

    mutating func reference(_ name: String, from token: Token) throws -> Value {
        var path: [Reference.Component] = []
        while let next = current, next.isAttached, next.kind == .dot || next.kind == .leftBracket {
            index += 1
            if next.kind == .dot {
                guard let field = current, let word = field.word, field.isAttached, word.first!.isLetter else {
                    throw Diagnostic.error(at: next.location, "expected a field name after '.'",
                                           hint: "for example: t.output[1]")
                }
                index += 1
                path.append(.field(word))
            } else {
                guard let number = current, case .number(let value) = number.kind, value >= 1,
                      value == value.rounded(), value < 1e9, peek(1)?.kind == .rightBracket else {
                    throw Diagnostic.error(at: next.location, "expected a whole number index ≥ 1 and ']'",
                                           hint: "indexes count from 1: t.output[1]")
                }
                index += 2
                path.append(.index(Int(value)))
            }
        }
        let kind: Value.Kind = path.isEmpty ? .word(name) : .reference(Reference(name: name, path: path))
        let text = path.isEmpty ? name : Reference(name: name, path: path).description
        return Value(kind, text: text, location: token.location, length: span(from: token))
    }

    /// Columns from `start` to the end of the last consumed token (same line), else `start`'s length.
    func span(from start: Token) -> Int {
        let last = tokens[index - 1]
        guard last.location.line == start.location.line else { return start.length }
        return last.location.column + last.length - start.location.column
    }
}
