/// Splits an nn block into statements of tokens: one per line, joined across `\` continuations.
///
/// Comments (`#` to the end of the line, outside strings) and blank lines vanish. A line with a
/// lexical error is reported and left out, so the parser never sees half a statement.
///
/// ```swift
/// let (lines, diagnostics) = Lexer().tokenize(block)
/// lines[0].map(\.text)  // ["net", "=", "network", "2", "-", "4", "-", "2"]
/// ```
public struct Lexer: Sendable {
    public init() {}

    /// The block's logical lines, each a non-empty list of tokens, and any lexical errors.
    public func tokenize(_ block: BlockSource) -> (lines: [[Token]], diagnostics: [Diagnostic]) {
        var lines: [[Token]] = []
        var diagnostics: [Diagnostic] = []
        var pending: [Token] = []
        var pendingIsBroken = false
        var continuation: SourceLocation?
        for line in block.lines {
            var scanner = LineScanner(line: line)
            let result = scanner.scan()
            pending += result.tokens
            if let error = result.error {
                diagnostics.append(error)
                pendingIsBroken = true
            }
            if let slash = result.continuation {
                continuation = slash
                continue
            }
            continuation = nil
            if !pending.isEmpty && !pendingIsBroken { lines.append(pending) }
            pending = []
            pendingIsBroken = false
        }
        if let slash = continuation {
            diagnostics.append(.error(
                at: slash, "line continuation '\\' at the end of the block",
                hint: "remove the '\\' or add the statement's next line"))
        }
        return (lines, diagnostics)
    }
}
