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
/// block.lines[0].location       // bp.md:5:3
/// ```
public struct NNBlock: Equatable, Sendable {
    /// One line of the block's content.
    public struct Line: Equatable, Sendable {
        /// The line's text, without container markers, fence indentation or line break.
        public var text: String
        /// Where `text` starts in the file.
        public var location: SourceLocation

        public init(text: String, location: SourceLocation) {
            self.text = text
            self.location = location
        }
    }

    /// Position among the document's nn blocks, from 0 in document order.
    public var index: Int
    /// The options after `nn` on the info line.
    public var options: NNBlockOptions
    /// Where the opening fence starts.
    public var location: SourceLocation
    /// The content lines, in order.
    public var lines: [Line]

    public init(index: Int, options: NNBlockOptions, location: SourceLocation, lines: [Line]) {
        self.index = index
        self.options = options
        self.location = location
        self.lines = lines
    }

    /// The content as one string, lines joined by `\n`.
    public var source: String { lines.map(\.text).joined(separator: "\n") }

    /// Whether an info string names an nn block: its first word is exactly `nn`.
    static func isNNInfo(_ info: Substring) -> Bool {
        info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first == "nn"
    }
}
