import NotebookLanguage

/// Turns cmark's code blocks into ``NNBlock`` values, checking fences and options.
///
/// cmark knows neither whether a fence was closed (an unclosed one silently runs to the end of
/// its container) nor the raw info line (it unescapes backslashes), so both are read here from
/// the source lines at the positions cmark reports.
struct NNBlockReader {
    private(set) var blocks: [NNBlock] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(outline: CMarkOutline, source: SourceText) {
        for block in outline.codeBlocks {
            let line = source.line(block.startLine)
            let column = source.scalarColumn(line: block.startLine, byteColumn: block.startByteColumn)
            let fromFence = line.unicodeScalars.dropFirst(column - 1)
            guard let fence = fromFence.first, fence == "`" || fence == "~",
                  Self.isFenced(block, restOfStartLine: Substring(fromFence)) else { continue }
            let fenceLength = fromFence.prefix { $0 == fence }.count
            let location = source.location(line: block.startLine, column: column)
            if !Self.isClosed(block, fence: fence, length: fenceLength, source: source) {
                diagnostics.append(.error(
                    at: location, "unterminated code fence",
                    hint: "close it with a line '\(String(repeating: String(fence), count: fenceLength))'",
                    length: fenceLength))
            }
            let afterFence = Substring(fromFence.dropFirst(fenceLength))
            let info = afterFence.drop { $0 == " " || $0 == "\t" }
            // cmark's (unescaped) info decides, as it does when rendering, so that block indexes
            // agree; the options are read from the raw line when it spells `nn` plainly.
            guard NNBlock.isNNInfo(Substring(block.info)) else { continue }
            let isPlain = NNBlock.isNNInfo(info)
            let optionsText = isPlain ? info.dropFirst(2) : Substring(block.info).dropFirst(2)
            let optionsColumn = column + fenceLength + (afterFence.unicodeScalars.count - info.unicodeScalars.count) + 2
            let options = NNBlockOptions(
                parsing: optionsText, at: source.location(line: block.startLine, column: optionsColumn),
                diagnostics: &diagnostics)
            blocks.append(NNBlock(
                index: blocks.count, options: options, location: location,
                lines: Self.contentLines(of: block, source: source)))
        }
    }

    /// Whether a block starting with a fence character is fenced rather than indented code:
    /// cmark gives no flag, but an indented block's first line is its start line's text, which a
    /// fenced block's first line can only equal if it has an info string (else it would close it).
    private static func isFenced(_ block: CMarkOutline.CodeBlock, restOfStartLine: Substring) -> Bool {
        !block.info.isEmpty || block.literal.prefix { $0 != "\n" } != restOfStartLine
    }

    /// Whether cmark ended the block on a closing fence: only `>` markers and spaces, then a run
    /// of at least `length` fence characters, then spaces.
    private static func isClosed(
        _ block: CMarkOutline.CodeBlock, fence: Unicode.Scalar, length: Int, source: SourceText
    ) -> Bool {
        guard block.endLine > block.startLine else { return false }
        let scalars = source.line(block.endLine).trimmingTrailingSpaces().unicodeScalars
        let run = scalars.reversed().prefix { $0 == fence }.count
        return run >= length && scalars.dropLast(run).allSatisfy { $0 == " " || $0 == "\t" || $0 == ">" }
    }

    /// The literal's lines, each located where it ends its source line: cmark strips container
    /// markers and indentation from the front, so the source line ends with the literal line.
    private static func contentLines(of block: CMarkOutline.CodeBlock, source: SourceText) -> [BlockSource.Line] {
        var texts = block.literal.split(separator: "\n", omittingEmptySubsequences: false)
        if texts.last == "" { texts.removeLast() }
        return texts.enumerated().map { offset, raw in
            let text = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let number = block.startLine + 1 + offset
            let sourceScalars = source.line(number).unicodeScalars.count
            let column = max(1, sourceScalars - text.unicodeScalars.count + 1)
            return BlockSource.Line(text: String(text), start: source.location(line: number, column: column))
        }
    }
}
