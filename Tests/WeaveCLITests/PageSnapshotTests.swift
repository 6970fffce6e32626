import Foundation
import Testing
import TestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A page with every construct weave renders, compared with a golden file, and every page of the
/// committed site read by an XML parser (weave writes HTML5 that is also well-formed XML).
@Suite struct PageSnapshotTests {
    static let notebook = #"""
        ---
        title: Every construct
        summary: Math, figures, tables, references, traces, expectations, exports.
        ---

        # Every construct

        Inline math $\sigma(z) = \frac{1}{1 + e^{-z}}$ and a display block:

        $$
        \begin{aligned}
        \frac{\partial E}{\partial w_5} &= \delta_{o1}\, out_{h1} \\
        w_5' &= w_5 - \eta\, \frac{\partial E}{\partial w_5}
        \end{aligned}
        $$

        ## Data and a figure

        ```nn caption="Forty points" label=fig:points
        data = blobs n=40 centers=[[-1, -1], [1, 1]] spread=0.3 seed=1
        plot data data title="Two blobs"
        ```

        As @fig:points shows, the blobs are apart. Ordinary code stays code:

        ```python
        print("not run")
        ```

        ## A worked step

        ```nn hide
        mazur = network 2-2-2 hidden=sigmoid output=sigmoid \
            w1=[[0.15, 0.20], [0.25, 0.30]] b1=[0.35, 0.35] \
            w2=[[0.40, 0.45], [0.50, 0.55]] b2=[0.60, 0.60]
        ```

        ```nn
        t = trace mazur input=[0.05, 0.10] target=[0.01, 0.99] loss=squared rate=0.5
        expect t.output[1] = 0.7513650696 tol=1e-9
        ```

        ### Training

        ```nn caption="Loss of one neuron" label=fig:loss
        net = network 2-1 output=sigmoid init=zeros
        model = train net on data epochs=20 rate=0.5
        plot loss model
        table model on data
        export model.history to "loss.csv"
        ```
        """#

    static let snapshots = Snapshots(
        directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots"),
        suite: "PageSnapshotTests")

    @Test func aPageWithEveryConstructMatchesItsSnapshot() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/every.md", Self.notebook)
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        let page = try project.read("site/every.html")
        for construct in ["<math", "<svg", "<table", "href=\"#fig-points\"", "class=\"toc\"",
                          "class=\"expectations\"", "href=\"./loss.csv\"", "language-python", "<figcaption>"] {
            #expect(page.contains(construct), "the page lacks \(construct)")
        }
        #expect(project.exists("site/loss.csv"))
        try XMLCheck.parse(page, name: "every.html")

        Self.snapshots.assertMatches(page, named: "every-construct.html")
    }

    @Test func everyCommittedPageIsWellFormed() throws {
        let site = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("site")
        let pages = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".html") }
        #expect(!pages.isEmpty)
        for name in pages.sorted() {
            let text = try String(contentsOf: site.appendingPathComponent(name), encoding: .utf8)
            // English pages, and a Chinese edition named NAME.zh.html.
            let lang = name.hasSuffix(".zh.html") ? "zh-CN" : "en"
            #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(lang)\">"), "\(name)")
            try XMLCheck.parse(text, name: name)
        }
    }
}
