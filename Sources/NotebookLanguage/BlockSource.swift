/// The text of one nn block, line by line, each line located in the notebook's `.md` file.
///
/// The Markdown layer builds one of these per fenced ```` ```nn ```` block: `lines` are the
/// block's content lines (without the fences), each with the location of its first character,
/// so every token and diagnostic points into the `.md` file rather than into the block.
///
/// ```swift
/// let block = BlockSource(lines: [
///     .init(text: "data = moons n=60", start: SourceLocation(file: "bp.md", line: 12, column: 1)),
/// ])
/// ```
public struct BlockSource: Hashable, Sendable {
    /// One content line and where its first character sits in the notebook.
    public struct Line: Hashable, Sendable {
        public var text: String
        public var start: SourceLocation

        public init(text: String, start: SourceLocation) {
            self.text = text
            self.start = start
        }
    }

    public var lines: [Line]

    public init(lines: [Line]) {
        self.lines = lines
    }

    /// A block whose lines start at column 1 of consecutive lines from `firstLine`: handy for
    /// tests and for callers that know the block's text and its first content line.
    ///
    /// ```swift
    /// let block = BlockSource(text: "net = network 2-4-2", file: "bp.md", firstLine: 5)
    /// ```
    public init(text: String, file: String, firstLine: Int, column: Int = 1) {
        let texts = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines = texts.enumerated().map { offset, line in
            Line(text: String(line.hasSuffix("\r") ? line.dropLast() : line),
                 start: SourceLocation(file: file, line: firstLine + offset, column: column))
        }
    }
}
