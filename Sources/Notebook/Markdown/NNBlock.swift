import NotebookLanguage

/// One fenced code block whose info string starts with the word `nn`, wherever it sits in the
/// document (top level, in a list item, in a block quote).
///
/// Each line keeps the file location where its text starts, so the nn parser can report errors
/// at the right line and column even when the block is indented inside a list or quoted.
///
/// ```swift
/// // > ```nn hide          (line 4)
/// // > data = moons n=60   (line 5)
/// // > ```
/// block.options.isHidden        // true
/// block.lines[0].text           // "data = moons n=60"
/// block.lines[0].start          // bp.md:5:3
/// ```
struct NNBlock: Equatable, Sendable {
    /// Position among the document's nn blocks, from 0 in document order.
    var index: Int
    /// The options after `nn` on the info line.
    var options: NNBlockOptions
    /// Where the opening fence starts.
    var location: SourceLocation
    /// The content lines, in order: each without container markers, fence indentation or line
    /// break, and located where its text starts in the file — the language's own line type, so
    /// the checker reads them as they are.
    var lines: [BlockSource.Line]

    init(index: Int, options: NNBlockOptions, location: SourceLocation, lines: [BlockSource.Line]) {
        self.index = index
        self.options = options
        self.location = location
        self.lines = lines
    }

    /// The lines as the checker and the renderer read them.
    ///
    /// ```swift
    /// let (checked, diagnostics) = checker.check(block.blockSource)
    /// ```
    var blockSource: BlockSource { BlockSource(lines: lines) }

    /// The content as one string, lines joined by `\n`.
    var source: String { lines.map(\.text).joined(separator: "\n") }

    /// Whether an info string names an nn block: its first word is exactly `nn`.
    static func isNNInfo(_ info: Substring) -> Bool {
        info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first == "nn"
    }
}
