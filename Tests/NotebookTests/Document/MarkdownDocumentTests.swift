import NotebookLanguage
import Testing
@testable import Notebook

@Suite struct MarkdownDocumentTests {
    private func at(_ line: Int, _ column: Int) -> NotebookLanguage.SourceLocation {
        SourceLocation(file: "bp.md", line: line, column: column)
    }

    static let notebook = #"""
        ---
        title: Back-propagation
        order: 2
        ---
        # Forward pass

        The error is $E = \tfrac12 \sum_k (t_k - o_k)^2$, see @fig:moons.
        Code `$x$` and a price \$5 stay text.

        1. First:

           ```nn caption="Two \"moons\"" label=fig:moons
           data = moons n=60
           ```

        > Quoted:
        > ```nn hide
        > plot data data
        > ```

        ```python
        print("$not math$")
        ```

        $$
        \frac{\partial E}{\partial w_5} = a * b
        $$

        ## Forward pass
        """#

    @Test func readsEverything() throws {
        let document = MarkdownDocument(fileName: "bp.md", text: Self.notebook)
        #expect(document.diagnostics == [])
        #expect(document.frontMatter == FrontMatter(title: "Back-propagation", order: 2))
        #expect(document.title == "Back-propagation")
        #expect(document.headings == [
            Heading(level: 1, text: "Forward pass", id: "forward-pass"),
            Heading(level: 2, text: "Forward pass", id: "forward-pass-2"),
        ])
        #expect(document.blocks.map(\.location) == [at(12, 4), at(17, 3)])
        #expect(document.blocks.map(\.lines) == [
            [BlockSource.Line(text: "data = moons n=60", start: at(13, 4))],
            [BlockSource.Line(text: "plot data data", start: at(18, 3))],
        ])
        #expect(document.blocks[0].options == NNBlockOptions(caption: #"Two "moons""#, label: "fig:moons"))
        #expect(document.blocks[1].options.isHidden)
        #expect(document.math.map(\.tex) == [
            #"E = \tfrac12 \sum_k (t_k - o_k)^2"#,
            "\n" + #"\frac{\partial E}{\partial w_5} = a * b"# + "\n",
        ])
        #expect(document.math.map(\.location) == [at(7, 15), at(25, 3)])
        #expect(document.math[1].lineStarts == [at(25, 3), at(26, 1), at(27, 1)])
        #expect(document.references == [FigureReference(index: 0, label: "fig:moons", location: at(7, 55))])
    }

    @Test func rendersWithEngineHTML() {
        let document = MarkdownDocument(fileName: "bp.md", text: Self.notebook)
        let html = document.html(
            blockHTML: [0: "<figure id=\"fig-moons\">F</figure>\n", 1: "<figure>G</figure>\n"],
            mathHTML: [0: "<math>E</math>", 1: "<math display=\"block\">D</math>"],
            referenceHTML: [0: "<a href=\"#fig-moons\">Figure 1</a>"])
        #expect(html == """
            <h1 id="forward-pass">Forward pass</h1>
            <p>The error is <math>E</math>, see <a href="#fig-moons">Figure 1</a>.
            Code <code>$x$</code> and a price $5 stay text.</p>
            <ol>
            <li>
            <p>First:</p>
            <figure id="fig-moons">F</figure>
            </li>
            </ol>
            <blockquote>
            <p>Quoted:</p>
            <figure>G</figure>
            </blockquote>
            <pre><code class="language-python">print(&quot;$not math$&quot;)
            </code></pre>
            <p><math display="block">D</math></p>
            <h2 id="forward-pass-2">Forward pass</h2>

            """)
    }

    @Test func fallsBackToEscapedSource() {
        let document = MarkdownDocument(fileName: "bp.md", text: "# Cost $a<b$\n\n```nn\nx = \"<i>\"\n```\n\nSee @fig:x.")
        #expect(document.headings.map(\.text) == ["Cost $a<b$"])
        #expect(document.html() == """
            <h1 id="cost-ab">Cost $a&lt;b$</h1>
            <pre><code class="language-nn">x = "&lt;i&gt;"
            </code></pre>
            <p>See @fig:x.</p>

            """)
    }

    @Test func placeholdersWhereHTMLCannotGoComeBackAsWritten() {
        let text = #"![alt $x$](i.png "t $y$") [l](http://a/$w$)"# + "\n\nCosts $a\n# b$ c\n"
        let document = MarkdownDocument(fileName: "bp.md", text: text)
        #expect(document.html(mathHTML: [0: "<math>X</math>", 1: "<math>Y</math>", 2: "<math>W</math>"]) == """
            <p><img src="i.png" alt="alt $x$" title="t $y$" /> <a href="http://a/$w$">l</a></p>
            <p>Costs $a</p>
            <h1 id="b-c">b$ c</h1>

            """)
    }

    @Test func mathNeverTurnsALineIntoAFence() {
        // The backtick in the info string keeps this from being a fence; `$`$` must not remove it.
        let document = MarkdownDocument(fileName: "bp.md", text: "```nn $`$\nx\n```\n")
        #expect(document.blocks.isEmpty && document.math.isEmpty)
        #expect(document.html() == "<p>```nn $`$\nx</p>\n<pre><code></code></pre>\n")
        #expect(document.diagnostics.map(\.location) == [at(3, 1)])  // the last fence opens a block
    }

    @Test func authorHTMLNeedsRawHTML() {
        let prose = "Hi <script>alert(1)</script> there.\n\n<div onclick=\"x()\">block</div>\n"
        let safe = MarkdownDocument(fileName: "bp.md", text: prose).html()
        #expect(!safe.contains("<script"))
        #expect(!safe.contains("<div"))
        let raw = MarkdownDocument(fileName: "bp.md", text: "---\nraw_html: true\n---\n" + prose).html()
        #expect(raw.contains("<script>alert(1)</script>"))
        #expect(raw.contains("<div onclick=\"x()\">block</div>"))
        #expect(MarkdownDocument(fileName: "bp.md", text: prose).html(allowsRawHTML: true) == raw)
        let span = MarkdownDocument(fileName: "bp.md", text: #"<span title="$x$">$y$</span>"#)
        #expect(span.html(mathHTML: [1: "<math>Y</math>"], allowsRawHTML: true)
            == #"<p><span title="$x$"><math>Y</math></span></p>"# + "\n")
    }

    @Test func titleFallsBackToFirstLevelOneHeading() {
        let document = MarkdownDocument(fileName: "bp.md", text: "## Sub\n\n# Main $x$\n\n# Other\n")
        #expect(document.title == "Main $x$")
        #expect(MarkdownDocument(fileName: "bp.md", text: "## Only sub").title == nil)
    }

    @Test func emptyNotebook() throws {
        let document = try MarkdownDocument(fileName: "empty.md", bytes: [UInt8]())
        #expect(document.source == "")
        #expect(document.blocks.isEmpty && document.math.isEmpty && document.references.isEmpty)
        #expect(document.headings.isEmpty && document.diagnostics.isEmpty)
        #expect(document.title == nil)
        #expect(document.html() == "")
    }

    @Test func invalidBytesStopReading() {
        #expect(throws: Diagnostic.error(
            at: at(2, 4), "invalid UTF-8 in the notebook", hint: "save the file as UTF-8")
        ) {
            try MarkdownDocument(fileName: "bp.md", bytes: Array("# A\nabc".utf8) + [0xFE] + Array("\n".utf8))
        }
    }

    @Test func collectsEveryProblemInSourceOrder() {
        let text = """
            ---
            titel: X
            ---
            See @fig:mons.

            ```nn label=fig:moons captoin="x"
            a
            ```

            ```nn label=fig:moons
            b
            """
        let document = MarkdownDocument(fileName: "bp.md", text: text)
        #expect(document.hasErrors)
        let formatted = DiagnosticFormatter(sources: ["bp.md": text]).format(DiagnosticList(document.diagnostics))
        #expect(formatted == """
            bp.md:2:1: error: unknown front matter key 'titel'
               2 | titel: X
                 | ^~~~~ did you mean 'title'?
            bp.md:4:5: error: no figure has the label 'fig:mons'
               4 | See @fig:mons.
                 |     ^~~~~~~~~ did you mean 'fig:moons'?
            bp.md:6:23: error: unknown block option 'captoin'
               6 | ```nn label=fig:moons captoin="x"
                 |                       ^~~~~~~ did you mean 'caption'?
            bp.md:10:1: error: unterminated code fence
              10 | ```nn label=fig:moons
                 | ^~~ close it with a line '```'
            bp.md:10:1: error: figure label 'fig:moons' is used twice
              10 | ```nn label=fig:moons
                 | ^ give each figure its own label
            5 errors

            """)
    }
}
