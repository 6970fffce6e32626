import Foundation
import Testing
import TestSupport

/// Author text that looks like markup stays text: pages parsed by an HTML5 parser have no script
/// element, no event-handler attribute and no URL that runs code, and the hostile text is still
/// there for the reader to see.
@Suite struct SafeOutputTests {
    static let notebook = #"""
        ---
        title: "<script>alert('title')</script>"
        summary: "\"><img src=x onerror=alert(1)>"
        ---

        # Heading <script>alert(2)</script> "><img src=x onerror=alert(3)>

        Prose <script>alert(4)</script> and "><img src=x onerror=alert(5)> and </svg><script>alert(6)</script> ]]>
        [click](javascript:alert(7)) [data](data:text/html,<script>alert(8)</script>) [upper](JaVaScRiPt:alert(9))
        ![img](javascript:alert(13)) <javascript:alert(14)> [tab](java&#09;script:alert(15))
        [entity](&#106;avascript:alert(26)) [svg](data:image/svg+xml,<svg onload=alert(27)>)
        <a href="javascript:alert(10)" onclick="alert(11)">raw</a>

        <div onmouseover="alert(12)">x</div>

        | a <script>x</script> | b |
        |---|---|
        | <img src=x onerror=alert(16)> | `</svg><script>` |

        Math $\text{</math><script>alert(17)</script>}$.

        ```nn caption="<script>alert(18)</script>\"><img src=x onerror=alert(19)>" label=fig:x
        pts = csv "evil.csv" label="<script>c</script>"
        plot data pts title="</svg><script>alert(20)</script>]]>"
        net = network 2-3-1 seed=1
        m = train net on pts epochs=20 rate=0.1
        table m on pts
        predict m on pts
        plot boundary m on pts title="\"><img src=x onerror=alert(21)>"
        plot loss m title="<script>alert(22)</script>"
        ```

        See @fig:x.

        ```nn
        big = network 2-3-1 output=identity seed=3
        wild = train big on pts epochs=50 rate=1e3 loss=squared
        plot loss wild
        table wild on pts
        export pts to "<script>.csv"
        ```

        """#

    static let csv = """
        "<img src=x onerror=alert(23)>",javascript:alert(24),<script>c</script>
        0,0,<script>a</script>
        1,1,"javascript:alert(25)"
        0,1,<script>a</script>
        1,0,"javascript:alert(25)"

        """

    @Test func theCheckerSeesWhatABrowserWouldRun() {
        let page = ParsedPage(html: """
            <div><p>a<script>x()</script><img src="x" onerror="y()"/><a href=" JaVa&#9;Script:z()">l</a></p>
            <svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:w()"><text>t</text></a></svg><a href="data:text/html,&lt;b>">d</a></div>
            """)
        #expect(page.problems == [
            "<script> element", "onerror attribute on <img>", "href=\" JaVa\tScript:z()\" on <a>",
            "xlink:href=\"javascript:w()\" on <a>", "href=\"data:text/html,<b>\" on <a>",
        ])
        #expect(ParsedPage(html: "<p><img src=x onerror=y()></p>").problems.first?.hasPrefix("not well-formed") == true)
    }

    @Test func hostileTextStaysTextOnEveryPage() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/evil.md", Self.notebook)
        try project.write("notebooks/evil.csv", Self.csv)
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.contains("warning: training diverged"))

        let page = ParsedPage(html: try project.read("site/evil.html"))
        let index = ParsedPage(html: try project.read("site/index.html"))
        #expect(page.problems == [])
        #expect(index.problems == [])

        // What the author wrote is shown, as text, wherever it went.
        for text in [
            "<script>alert('title')</script> · weave",              // <title>
            "</svg><script>alert(20)</script>]]>",                  // an SVG plot title
            "<script>a</script>",                                    // a class label in a table
            "<img src=x onerror=alert(23)>",                         // a CSV column in a table header
            "<script>alert(22)</script>",                            // a loss plot's title
            "</math><script>alert(17)</script>",                     // TeX \text
            "</svg><script>",                                        // a code span in a table cell
        ] {
            #expect(page.texts.contains(text), "\(text)")
        }
        #expect(page.texts.joined().contains("<script>alert(18)</script>\"><img src=x onerror=alert(19)>"))
        #expect(page.texts.joined().contains("diverged at epoch"))
        #expect(index.texts.joined().contains("\"><img src=x onerror=alert(1)>"))
        // Links to code keep their text but lose their target (cmark's safe-URL handling).
        let emptyLinks = page.elements.filter { $0.name == "a" && $0.attributes.contains { $0 == ("href", "") } }
        #expect(emptyLinks.count >= 5)
        #expect(page.elements.contains { $0.name == "img" && $0.attributes.contains { $0 == ("src", "") } })
        // Raw HTML is omitted: no author <div>, no author <img> with a handler.
        #expect(!page.elements.contains { $0.name == "div" && $0.attributes.isEmpty })
    }

    @Test func rawHTMLReachesThePageOnlyWhenTheNotebookOptsIn() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let prose = "# Raw\n\n<div onmouseover=\"alert(1)\">x</div>\n"
        try project.write("notebooks/off.md", prose)
        try project.write("notebooks/on.md", "---\nraw_html: true\n---\n\n" + prose)
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        #expect(ParsedPage(html: try project.read("site/off.html")).problems == [])
        #expect(ParsedPage(html: try project.read("site/on.html")).problems == ["onmouseover attribute on <div>"])
    }
}
