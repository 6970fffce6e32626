import Markup
import MathML
import NotebookLanguage

/// A caption or a plot title as its author writes it: one paragraph of inline Markdown with
/// `$…$` math (`Loss for $\eta = 0.5$, *before* training`).
///
/// A figure's caption becomes HTML with MathML (``html()``); a plot's title, axis titles and
/// series names become plain text (``plainText()``), since an SVG `<title>` or `<text>` holds no
/// markup: emphasis and links are reduced to their text, math to Unicode (`η = 0.5`, `x₁`). Text
/// that Markdown reads as something other than one paragraph (`# 1`, `- a`) is kept as written.
/// Raw HTML is never let through. TeX errors are located in the notebook.
///
/// ```swift
/// let caption = InlineMarkdown(#"Loss for $\eta = 0.5$"#, at: location)
/// caption.html().html        // "Loss for <math …>…</math>"
/// caption.plainText().text   // "Loss for η = 0.5"
/// ```
struct InlineMarkdown {
    let text: String
    /// Where the text's first scalar is in the notebook.
    let location: SourceLocation
    private let document: MarkdownDocument

    init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
        document = MarkdownDocument(fileName: location.file, text: text)
    }

    /// Whether the text is one paragraph (and so rendered as inline Markdown).
    private var paragraph: String? { CMarkDocument.paragraphText(of: document.renderText) }

    /// The inside of the paragraph as HTML, math as MathML; the text escaped when it is not one
    /// paragraph.
    func html() -> (html: String, diagnostics: [Diagnostic]) {
        let math = MathRenderer.render(document.math)
        let diagnostics = math.diagnostics.map(relocated)
        let body = document.html(mathHTML: math.html, allowsRawHTML: false)
        let open = "<p>", close = "</p>\n"
        guard paragraph != nil, body.hasPrefix(open), body.hasSuffix(close) else {
            return (Node.text(text).render(), diagnostics)
        }
        return (String(body.dropFirst(open.count).dropLast(close.count)), diagnostics)
    }

    /// What a reader sees, as plain text: math as Unicode, emphasis and links as their text.
    func plainText() -> (text: String, diagnostics: [Diagnostic]) {
        guard let paragraph else { return (text, []) }
        var diagnostics: [Diagnostic] = []
        let pieces = document.placeholder.split(paragraph, mathCount: document.math.count,
                                                 referenceCount: document.references.count,
                                                 valueCount: document.values.count)
        let text = pieces.map { piece -> String in
            switch piece {
            case .text(let text): return text
            case .token(.reference, let index): return document.references[index].sourceText
            // A caption is not part of the notebook's flow of values: an inline value stays as written.
            case .token(.value, let index): return document.values[index].sourceText
            case .token(.math, let index):
                let span = document.math[index]
                do throws(TeXError) {
                    return try TeX.plainText(span.tex)
                } catch {
                    diagnostics.append(relocated(.error(at: span.location(atScalarOffset: error.offset), error.message,
                                                        hint: error.hint, length: error.length)))
                    return span.sourceText
                }
            }
        }.joined()
        return (text, diagnostics)
    }

    /// A diagnostic located in the text's own one-document coordinates, moved to the notebook.
    private func relocated(_ diagnostic: Diagnostic) -> Diagnostic {
        var moved = diagnostic
        let inner = diagnostic.location
        moved.location = SourceLocation(file: location.file, line: location.line + inner.line - 1,
                                        column: inner.line == 1 ? location.column + inner.column - 1 : inner.column)
        return moved
    }
}
