import NotebookLanguage

/// One notebook's Markdown, read: its front matter, nn blocks, math, figure references and
/// headings, each located in the `.md` file, ready for the nn interpreter, the TeX converter and
/// the page renderer.
///
/// Reading never stops at the first problem: every problem the Markdown layer can find (front
/// matter, block options, unterminated fences, references to unknown figures) is in
/// ``diagnostics``, so they can be reported together with the nn language's own. Only bytes that
/// are not UTF-8 stop reading.
///
/// ```swift
/// let document = try MarkdownDocument(fileName: "notebooks/bp.md", bytes: data)
/// for block in document.blocks { … block.lines … }          // to the nn parser
/// for span in document.math { … span.tex, span.location … } // to the TeX converter
/// let body = document.html(blockHTML: figures, mathHTML: mathML, referenceHTML: links)
/// ```
struct MarkdownDocument: Sendable {
    /// The file name as given, used in every location.
    let fileName: String
    /// The notebook's text (a leading byte-order mark removed).
    let source: String
    /// The settings from the YAML block at the top (defaults when there is none).
    let frontMatter: FrontMatter
    /// The fenced blocks whose info string starts with `nn`, in document order, at any depth.
    let blocks: [NNBlock]
    /// The `$…$` and `$$…$$` spans of the prose, in document order.
    let math: [MathSpan]
    /// The `@fig:NAME` references of the prose, in document order.
    let references: [FigureReference]
    /// The headings, in document order, with unique ids.
    let headings: [Heading]
    /// Problems found while reading, in source order.
    let diagnostics: [Diagnostic]

    /// The text cmark renders: front matter blanked, math and references replaced by tokens.
    let renderText: String
    let placeholder: Placeholder

    /// Reads a notebook from its bytes; throws only when they are not valid UTF-8, located at
    /// the first bad byte.
    init(fileName: String, bytes: some Collection<UInt8>) throws(Diagnostic) {
        self.init(source: try SourceText(fileName: fileName, bytes: bytes))
    }

    /// Reads a notebook from its text.
    init(fileName: String, text: String) {
        self.init(source: SourceText(fileName: fileName, text: text))
    }

    private init(source: SourceText) {
        fileName = source.fileName
        self.source = source.text
        let front = FrontMatterBlock(source: source)
        frontMatter = front.frontMatter
        let withoutFrontMatter = source.lines.enumerated()
            .map { $0.offset < front.lineCount ? "" : $0.element }.joined(separator: "\n")

        // First parse: where the code blocks are, so that prose scanning can skip them.
        let outline = CMarkDocument.outline(of: withoutFrontMatter)
        let reader = NNBlockReader(outline: outline, source: source)
        blocks = reader.blocks

        placeholder = Placeholder(avoiding: source.text)
        let verbatim = Set(outline.verbatimLines.joined())
        let labels = Set(blocks.compactMap(\.options.label))
        let scanner = ProseScanner(source: source, placeholder: placeholder, blockStarts: outline.blockStartLines,
                                   labels: labels) { line in
            line <= front.lineCount || verbatim.contains(line)
        }
        math = scanner.math
        references = scanner.references
        renderText = scanner.rewrittenText(blankingFirst: front.lineCount)

        // Second parse, of the text that will be rendered, for headings as the page shows them.
        let rendered = CMarkDocument.outline(of: renderText)
        let headingTexts = rendered.headings.map { [placeholder, math, references] heading in
            Self.restoringSource(in: heading.text, placeholder: placeholder, math: math, references: references)
        }
        headings = zip(rendered.headings, Heading.makeIDs(for: headingTexts)).enumerated().map { offset, pair in
            Heading(level: pair.0.level, text: headingTexts[offset], id: pair.1)
        }
        diagnostics = DiagnosticList(front.diagnostics + reader.diagnostics
            + Self.checkLabels(blocks: blocks, references: references)).diagnostics
    }

    /// `text` with every placeholder token put back as the author wrote it.
    func restoringSource(in text: String) -> String {
        Self.restoringSource(in: text, placeholder: placeholder, math: math, references: references)
    }

    private static func restoringSource(
        in text: String, placeholder: Placeholder, math: [MathSpan], references: [FigureReference]
    ) -> String {
        placeholder.split(text, mathCount: math.count, referenceCount: references.count).map { piece -> String in
            switch piece {
            case .text(let text): text
            case .token(.math, let index): math[index].sourceText
            case .token(.reference, let index): references[index].sourceText
            }
        }.joined()
    }

    /// The page title: the front matter's, else the first level-1 heading's text.
    var title: String? {
        frontMatter.title ?? headings.first { $0.level == 1 }?.text
    }

    /// Whether any diagnostic is an error.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
