import NotebookLanguage
import Testing
@testable import Notebook

/// Captions and plot titles: inline Markdown with math, as HTML for a caption and as plain text
/// for an SVG title; TeX errors located in the notebook.
@Suite struct InlineMarkdownTests {
    let start = SourceLocation(file: "n.md", line: 4, column: 20)

    @Test func captionsBecomeInlineHTMLWithMathML() {
        let (html, diagnostics) = InlineMarkdown(#"Loss for $\eta = 0.5$, *before* `training`"#, at: start).html()
        #expect(diagnostics.isEmpty)
        #expect(html.hasPrefix("Loss for <math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"inline\">"))
        #expect(html.contains("<mi>η</mi><mo>=</mo><mn>0.5</mn>"))
        #expect(html.hasSuffix(", <em>before</em> <code>training</code>"))
        #expect(!html.contains("<p>"))
    }

    @Test func rawHTMLNeverGetsThroughAndOtherBlocksStayAsWritten() {
        let (html, _) = InlineMarkdown("a <script>alert(1)</script> b", at: start).html()
        #expect(!html.contains("<script"))
        #expect(InlineMarkdown("# 1 <b>", at: start).html().html == "# 1 &lt;b&gt;")
        #expect(InlineMarkdown("- a", at: start).plainText().text == "- a")
    }

    @Test func titlesBecomePlainText() {
        let (text, diagnostics) = InlineMarkdown(#"Loss, **by** $\eta$ and [a link](x.html), \$5"#, at: start).plainText()
        #expect(diagnostics.isEmpty)
        #expect(text == "Loss, by η and a link, $5")
    }

    @Test func texErrorsAreLocatedInTheNotebook() {
        let (_, diagnostics) = InlineMarkdown(#"Loss $\fracc{1}{2}$"#, at: start).html()
        #expect(diagnostics.map(\.message) == [#"unsupported TeX command '\fracc'"#])
        #expect(diagnostics.first?.location == SourceLocation(file: "n.md", line: 4, column: 26))
        let plain = InlineMarkdown(#"Loss $\fracc{1}{2}$"#, at: start).plainText()
        #expect(plain.diagnostics.first?.location == SourceLocation(file: "n.md", line: 4, column: 26))
        #expect(plain.text == #"Loss $\fracc{1}{2}$"#)
    }
}

extension InlineMarkdownTests {
    /// A title's inline HTML is text in a figure: shown as typed, escaped where it is written.
    @Test func inlineHTMLInATitleStaysText() {
        #expect(InlineMarkdown("a <b>bold</b> $x$", at: start).plainText().text == "a <b>bold</b> x")
    }
}
