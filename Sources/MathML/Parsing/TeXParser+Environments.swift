import Spelling
extension TeXParser {
    /// `\begin{name} … \end{name}`: cells split by `&`, rows by `\\`.
    mutating func parseEnvironment(after begin: TeXToken) throws(TeXError) -> MathNode {
        let (name, span) = try parseEnvironmentName(after: begin)
        guard let environment = Self.environments[name] else {
            let suggestion = Spelling.nearest(to: name, among: Self.environmentNames)
            throw TeXError(offset: span.offset, length: span.length, "unsupported environment '\(name)'",
                           hint: suggestion.map { "did you mean '\($0)'?" }
                               ?? "weave supports: " + Self.environmentNames.joined(separator: ", "))
        }
        environments.append(name)
        let saved = isDisplayStyle
        isDisplayStyle = environment.layout == .aligned || environment.layout == .gathered
        defer {
            environments.removeLast()
            isDisplayStyle = saved
        }
        var rows: [[[MathNode]]] = [[]]
        while true {
            let cell = try parseRow()
            // As amsmath does, a right-hand column starts with an empty atom, so `&= b` spaces
            // the = as a relation between two things.
            let isRightHand = environment.layout == .aligned && !rows[rows.count - 1].count.isMultiple(of: 2)
            rows[rows.count - 1].append(isRightHand ? [.row([])] + cell : cell)
            guard let token = peek() else {
                throw TeXError(offset: span.offset, length: span.length, "missing '\\end{\(name)}'",
                               hint: "close the environment with \\end{\(name)}")
            }
            position += 1
            switch token.kind {
            case .ampersand where environment.layout == .gathered:
                throw TeXError(at: token, "'&' in a '\(name)' environment",
                               hint: "\(name) has one centred column; use aligned to align at '&'")
            case .ampersand:
                continue
            case .command("\\"):
                skipRowSpacing()
                rows.append([])
            case .command("end"):
                let (endName, endSpan) = try parseEnvironmentName(after: token)
                guard endName == name else {
                    throw TeXError(offset: endSpan.offset, length: endSpan.length,
                                   "'\\end{\(endName)}' does not match '\\begin{\(name)}'",
                                   hint: "close it with \\end{\(name)}")
                }
                // A final \\ before \end adds no row, as in LaTeX.
                if rows.count > 1, rows[rows.count - 1] == [[]] { rows.removeLast() }
                let table = MathNode.table(rows: rows, layout: environment.layout)
                guard environment.open != nil || environment.close != nil else { return table }
                return .fenced(open: environment.open.map { MathOperator($0, .open, isFence: true) }, content: [table],
                               close: environment.close.map { MathOperator($0, .close, isFence: true) })
            default:
                throw misplaced(token)
            }
        }
    }

    /// The `{name}` after `\begin` or `\end`, and the span from the command to the `}`.
    private mutating func parseEnvironmentName(after command: TeXToken) throws(TeXError) -> (String, TeXToken) {
        let missing = TeXError(at: command, "missing environment name after '\(command.spelling)'",
                               hint: "write \(command.spelling){aligned}, \(command.spelling){pmatrix}, …")
        guard let open = peek(), open.kind == .openBrace else { throw missing }
        position += 1
        var name = ""
        while let token = tokens[safe: position] {
            position += 1
            switch token.kind {
            case .letter(let letter): name += letter
            case .character("*"): name += "*"
            case .closeBrace where !name.isEmpty:
                return (name, TeXToken(kind: command.kind, offset: command.offset,
                                       length: token.offset + token.length - command.offset))
            default: throw missing
            }
        }
        throw missing
    }

    // \\[4pt] asks for extra space under a row; rows are spaced by the renderer, so it is skipped.
    private mutating func skipRowSpacing() {
        guard tokens[safe: position]?.kind == .character("[") else { return }
        var index = position + 1
        while let token = tokens[safe: index] {
            index += 1
            if token.kind == .character("]") {
                position = index
                return
            }
        }
    }

    private struct Environment {
        var layout: TableLayout
        var open: String?
        var close: String?
    }

    private static let environments: [String: Environment] = [
        "matrix": Environment(layout: .matrix), "pmatrix": Environment(layout: .matrix, open: "(", close: ")"),
        "bmatrix": Environment(layout: .matrix, open: "[", close: "]"),
        "Bmatrix": Environment(layout: .matrix, open: "{", close: "}"),
        "vmatrix": Environment(layout: .matrix, open: "|", close: "|"),
        "Vmatrix": Environment(layout: .matrix, open: "‖", close: "‖"),
        "cases": Environment(layout: .cases, open: "{"),
        "aligned": Environment(layout: .aligned), "align": Environment(layout: .aligned),
        "align*": Environment(layout: .aligned), "split": Environment(layout: .aligned),
        "gather": Environment(layout: .gathered), "gather*": Environment(layout: .gathered),
        "gathered": Environment(layout: .gathered),
    ]

    private static let environmentNames = environments.keys.sorted()
}
