/// What the Markdown reader needs from one cmark parse, copied out of cmark into Swift values.
///
/// Made by ``CMarkDocument/outline(of:)``; nothing here points into cmark's memory.
struct CMarkOutline: Sendable {
    /// A code block, fenced or indented, as cmark found it.
    struct CodeBlock: Sendable {
        /// The info string after the opening fence, unescaped by cmark (empty when indented).
        var info: String
        /// The content, container prefixes and fence indentation removed, lines ending in `\n`.
        var literal: String
        /// 1-based line of the opening fence (or first line).
        var startLine: Int
        /// 1-based byte column where the block starts on `startLine`.
        var startByteColumn: Int
        /// 1-based line where cmark ended the block (the closing fence, when there is one).
        var endLine: Int
    }

    /// A heading's level and plain text (code spans and text concatenated, breaks as spaces).
    struct Heading: Sendable {
        var level: Int
        var text: String
    }

    /// Code blocks in document order, at any depth.
    var codeBlocks: [CodeBlock] = []
    /// Headings in document order, at any depth.
    var headings: [Heading] = []
    /// The line ranges of code and HTML blocks, where prose scanning must not look.
    var verbatimLines: [ClosedRange<Int>] = []
    /// The lines where any block (paragraph, heading, list item, quote, …) starts.
    var blockStartLines: Set<Int> = []
}

/// How ``CMarkDocument/body(of:plan:)`` turns the parsed tree into a page fragment.
struct CMarkRenderPlan {
    /// What a text node becomes: ordinary text and trusted inline HTML, in order.
    enum InlinePiece: Equatable {
        case text(String)
        case html(String)
    }

    /// `false`: cmark's safe mode (raw HTML and dangerous URLs omitted).
    var allowsRawHTML: Bool
    /// Whether a code block with this info string is replaced by engine HTML.
    var isReplacedBlock: (String) -> Bool
    /// The trusted HTML of each replaced code block, in document order.
    var blockHTML: [String]
    /// The `id` of each heading, in document order.
    var headingIDs: [String]
    /// Splits a text node's literal around placeholders.
    var splitText: (String) -> [InlinePiece]
    /// A literal with placeholders put back as written, for places that cannot hold HTML:
    /// image descriptions (`alt`), link and image destinations and titles.
    var restoreText: (String) -> String
}
