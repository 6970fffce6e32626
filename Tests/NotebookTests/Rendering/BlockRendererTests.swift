import Foundation
import Markup
@testable import Notebook
import NotebookLanguage
import Testing

@Suite struct BlockRendererTests {
    static let text = """
        data = moons n=20 noise=0.1  # a <comment>
        net = network 2-2-1
        m = train net on data epochs=5 rate=0.1
        plot data data
        expect data.count = 20
        export data to "moons.csv"
        """

    func html(isHidden: Bool = false) throws -> String {
        let fixture = NotebookFixture(Self.text)
        var interpreter = Interpreter(notebookDirectory: FileManager.default.temporaryDirectory)
        let block = try #require(fixture.check().blocks.first)
        let result = interpreter.run(block, index: 4)
        return BlockRenderer().render(index: 4, source: fixture.blocks[0], result: result, isHidden: isHidden,
                                      caption: FigureCaption(number: 2, caption: "Two <moons>", label: "fig:moons"))
            .render()
    }

    @Test func sourceIsHighlightedAndEscaped() throws {
        let html = try self.html()
        #expect(html.hasPrefix(#"<section class="cell" id="cell-4"><pre class="nn-source"><code>"#
            + #"<span class="tok-name">data</span> = <span class="tok-keyword">moons</span> "#
            + #"<span class="tok-name">n</span>=<span class="tok-number">20</span> "#))
        #expect(html.contains(#"<span class="tok-comment"># a &lt;comment&gt;</span>"#))
        #expect(html.contains(#"<span class="tok-number">2</span>-<span class="tok-number">2</span>-"#))
        #expect(html.contains(#"<span class="tok-keyword">plot</span> <span class="tok-keyword">data</span> <span class="tok-name">data</span>"#))
        #expect(html.contains(#"<span class="tok-keyword">to</span> <span class="tok-string">"moons.csv"</span>"#))
    }

    @Test func outputsFollowInOrder() throws {
        let html = try self.html()
        #expect(html.contains(#"<figure id="fig-moons"><svg "#))
        #expect(html.contains(#"<figcaption><span class="figure-number">Figure 2.</span> Two &lt;moons&gt;</figcaption></figure>"#))
        #expect(html.contains(#"<ul class="expectations"><li class="passed"><code>data.count = 20 ± 1e-09</code></li></ul>"#))
        #expect(html.hasSuffix(#"<p class="downloads"><a href="./moons.csv">moons.csv</a></p></div></section>"#))
    }

    @Test func hiddenBlocksShowOnlyTheirResults() throws {
        let html = try self.html(isHidden: true)
        #expect(!html.contains("nn-source"))
        #expect(html.hasPrefix(#"<section class="cell" id="cell-4"><div class="cell-output"><figure"#))
    }

    @Test func tablesHaveCaptionsAndAlignedCells() {
        let table = DataTable(caption: "Models on data", columns: ["model", "final loss"],
                              rows: [[.label("h = 1"), .number(0.5)]])
        let result = BlockResult(items: [.table(table), .value(name: "e.accuracy", text: "0.9"),
                                         .note(.warning(at: SourceLocation(file: "t.md", line: 1, column: 1),
                                                        "training diverged at epoch 3: the loss became infinite"))])
        let html = BlockRenderer().render(index: 0, source: BlockSource(lines: []), result: result, isHidden: true).render()
        #expect(html == #"<section class="cell" id="cell-0"><div class="cell-output"><table><caption>Models on data</caption>"#
            + #"<thead><tr><th class="label" scope="col">model</th><th scope="col">final loss</th></tr></thead>"#
            + #"<tbody><tr><td class="label">h = 1</td><td>0.5</td></tr></tbody></table>"#
            + #"<p class="output"><code>e.accuracy</code> = <code>0.9</code></p>"#
            + #"<p class="note">training diverged at epoch 3: the loss became infinite</p></div></section>"#)
    }

    @Test func aBlocksPlotsShareOneFigureSideBySide() {
        let first = RenderedFigure(key: "b0-1", title: "", description: "", svg: "<svg>1</svg>")
        let second = RenderedFigure(key: "b0-2", title: "", description: "", svg: "<svg>2</svg>")
        let result = BlockResult(items: [.figure(first), .value(name: "x", text: "1"), .figure(second)])
        let html = BlockRenderer().render(index: 0, source: BlockSource(lines: []), result: result, isHidden: true,
                                          caption: FigureCaption(number: 1, caption: "A", label: "fig:a")).render()
        #expect(html.contains(#"<figure id="fig-a"><div class="panels"><svg>1</svg><svg>2</svg></div>"#
            + #"<figcaption><span class="figure-number">Figure 1.</span> A</figcaption></figure>"#
            + #"<p class="output"><code>x</code>"#))
        #expect(html.components(separatedBy: "<figure").count == 2)
    }

    @Test func figureIDsComeFromTheLabelOrTheNumber() {
        #expect(FigureCaption(number: 2, caption: "", label: "fig:moons").id == "fig-moons")
        #expect(FigureCaption(number: 3, caption: "").id == "fig-3")
    }
}
