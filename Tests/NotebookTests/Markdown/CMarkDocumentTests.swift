import Testing
@testable import Notebook

@Suite struct CMarkDocumentTests {
    private func plan(
        rawHTML: Bool = false, blocks: [String] = [], headingIDs: [String] = [],
        split: @escaping (String) -> [CMarkRenderPlan.InlinePiece] = { [.text($0)] }
    ) -> CMarkRenderPlan {
        CMarkRenderPlan(
            allowsRawHTML: rawHTML, isReplacedBlock: { $0.hasPrefix("nn") }, blockHTML: blocks,
            headingIDs: headingIDs, splitText: split, restoreText: {
                $0.split(separator: "TOKEN", omittingEmptySubsequences: false).joined(separator: "$x$")
            })
    }

    @Test func outlineHasBlocksHeadingsAndVerbatimLines() {
        let outline = CMarkDocument.outline(of: "# A `b`\nc\n===\n\n- ```nn x\n  1\n  ```\n\n<div>\nhi\n</div>\n\n    code\n")
        #expect(outline.headings.map(\.level) == [1, 1])
        #expect(outline.headings.map(\.text) == ["A b", "c"])
        #expect(outline.codeBlocks.map(\.info) == ["nn x", ""])
        #expect(outline.codeBlocks.map(\.literal) == ["1\n", "code\n"])
        #expect(outline.codeBlocks.map(\.startLine) == [5, 13])
        #expect(outline.codeBlocks.map(\.startByteColumn) == [3, 5])
        #expect(outline.codeBlocks.map(\.endLine) == [7, 13])
        #expect(outline.verbatimLines == [5...7, 9...11, 13...13])
    }

    @Test func customNodesPassSafeModeButAuthorHTMLDoesNot() {
        let text = "<script>x()</script>\n\n```nn\nsecret\n```\n\na <b>b</b> TOKEN c\n"
        let html = CMarkDocument.body(of: text, plan: plan(blocks: ["<svg>S</svg>\n"]) { text in
            guard let range = text.firstRange(of: "TOKEN") else { return [.text(text)] }
            return [.text(String(text[..<range.lowerBound])), .html("<math>M</math>"),
                    .text(String(text[range.upperBound...]))]
        }).html
        #expect(html == """
            <!-- raw HTML omitted -->
            <svg>S</svg>
            <p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --> <math>M</math> c</p>

            """)
    }

    @Test func rawHTMLWhenAllowed() {
        let html = CMarkDocument.body(of: "<script>x()</script>\n\na <b>b</b>\n", plan: plan(rawHTML: true)).html
        #expect(html == "<script>x()</script>\n<p>a <b>b</b></p>\n")
    }

    @Test func headingsGetIDsAndKeepInlineMarkup() {
        let html = CMarkDocument.body(of: "# *A* & B\n\n> ## C\n", plan: plan(headingIDs: ["a-b", "c\"x"])).html
        #expect(html == """
            <h1 id="a-b"><em>A</em> &amp; B</h1>
            <blockquote>
            <h2 id="c&quot;x">C</h2>
            </blockquote>

            """)
    }

    @Test func aLeadingLevelOneHeadingIsTheTitleApart() {
        let body = CMarkDocument.body(of: "# *A* & B\n\nText.\n\n## C\n", plan: plan(headingIDs: ["a-b", "c"]))
        #expect(body.title?.render() == #"<h1 id="a-b"><em>A</em> &amp; B</h1>"#)
        #expect(body.rest == "<p>Text.</p>\n<h2 id=\"c\">C</h2>\n")
        #expect(body.html == "<h1 id=\"a-b\"><em>A</em> &amp; B</h1>\n" + body.rest)
    }

    @Test(arguments: ["Text.\n\n# T\n", "## T\n\nText.\n", "> # T\n"])
    func noTitleUnlessTheDocumentOpensWithALevelOneHeading(_ text: String) {
        let body = CMarkDocument.body(of: text, plan: plan(headingIDs: ["t"]))
        #expect(body.title == nil)
        #expect(body.rest.contains(#"id="t">T</h"#))
    }

    @Test func ordinaryCodeGetsLanguageClass() {
        let html = CMarkDocument.body(of: "```python extra\n<x>\n```\n", plan: plan()).html
        #expect(html == "<pre><code class=\"language-python\">&lt;x&gt;\n</code></pre>\n")
    }
}
