import Markup
import NotebookLanguage

/// An nn block's source as highlighted markup: every token the language's scanner finds wrapped
/// in `<span class="tok-…">`, comments included, everything else as plain (escaped) text.
///
/// The command, the kind after `plot`, and `on` and `to` are keywords; other words are names.
///
/// ```swift
/// SourceHighlighter().node(for: block).render()
/// // <span class="tok-name">net</span> = <span class="tok-keyword">network</span> <span class="tok-number">2</span>-…
/// ```
struct SourceHighlighter {
    static let commands: Set<String> = Set(Signature.commands.map(\.name))

    func node(for block: BlockSource) -> Node {
        var nodes: [Node] = []
        for (index, line) in block.lines.enumerated() {
            if index > 0 { nodes.append(.text("\n")) }
            nodes += highlight(line)
        }
        return .fragment(nodes)
    }

    private func highlight(_ line: BlockSource.Line) -> [Node] {
        var scanner = LineScanner(line: line)
        let tokens = scanner.scan().tokens
        let keywords = Self.keywordPositions(tokens)
        let scalars = Array(line.text.unicodeScalars)
        var nodes: [Node] = []
        var offset = 0
        for (index, token) in tokens.enumerated() {
            let start = token.location.column - line.start.column
            let end = start + token.length
            guard start >= offset, end <= scalars.count else { continue }
            appendPlain(scalars[offset..<start], to: &nodes)
            let text = Self.string(scalars[start..<end])
            if let kind = keywords.contains(index) ? "keyword" : Self.kind(of: token) {
                nodes.append(.element("span", ["class": "tok-\(kind)"], [.text(text)]))
            } else {
                nodes.append(.text(text))
            }
            offset = end
        }
        appendPlain(scalars[offset...], to: &nodes)
        return nodes
    }

    /// The command (first word, or the first after `targets =`), the kind after `plot`, and `on`
    /// and `to` before their values: the words that are keywords where they stand.
    private static func keywordPositions(_ tokens: [Token]) -> Set<Int> {
        var positions: Set<Int> = []
        var command = 0
        if let equals = tokens.firstIndex(where: { $0.kind == .equals }),
           tokens[..<equals].allSatisfy({ $0.word != nil || $0.kind == .comma }), equals + 1 < tokens.count,
           let word = tokens[equals + 1].word, commands.contains(word) {
            command = equals + 1
        }
        guard command < tokens.count, let word = tokens[command].word, commands.contains(word) else { return [] }
        positions.insert(command)
        if Signature.command(named: word)?.kinds != nil, command + 1 < tokens.count, tokens[command + 1].word != nil { positions.insert(command + 1) }
        for (index, token) in tokens.enumerated() where index > command && (token.word == "on" || token.word == "to") {
            if index + 1 < tokens.count, tokens[index + 1].kind == .equals { continue }
            positions.insert(index)
        }
        return positions
    }

    /// Text between tokens: spaces, a `\` continuation, and a comment from `#` on.
    private func appendPlain(_ scalars: ArraySlice<Unicode.Scalar>, to nodes: inout [Node]) {
        guard !scalars.isEmpty else { return }
        guard let hash = scalars.firstIndex(of: "#") else {
            nodes.append(.text(Self.string(scalars)))
            return
        }
        if hash > scalars.startIndex { nodes.append(.text(Self.string(scalars[..<hash]))) }
        nodes.append(.element("span", ["class": "tok-comment"], [.text(Self.string(scalars[hash...]))]))
    }

    private static func kind(of token: Token) -> String? {
        switch token.kind {
        case .number: return "number"
        case .string: return "string"
        case .word(let word):
            return word.first?.isLetter == true ? "name" : "number"
        default: return nil
        }
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }
}
