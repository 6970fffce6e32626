import Foundation
import NotebookLanguage
import Testing
@testable import Notebook
import SVGPlot

@Suite struct CachedBlockTests {
    let path = "notebooks/bp.md"

    /// A line plot as a block draws it: SVGPlot's own ids from the key, and a title that merely
    /// looks like one.
    func figure(_ key: String) -> RenderedFigure {
        let plot = Figure.lossCurves([("a", [0.9, 0.5, 0.2])], title: "b3-1-clip-1 in text", key: key)
        return RenderedFigure(key: key, title: "t", description: "d", svg: plot.svg())
    }

    @Test func relocationMovesLinesOfThisNotebookAndFigureKeys() {
        let here = Diagnostic.warning(at: SourceLocation(file: path, line: 12, column: 5), "diverged")
        let csv = Diagnostic.warning(at: SourceLocation(file: "notebooks/p.csv", line: 3, column: 1), "odd")
        let stored = CachedBlock(index: 3, firstLine: 10, result: BlockResult(
            items: [.figure(figure("b3-1")), .note(here), .figure(figure("b3-2"))], diagnostics: [here, csv]))
        let moved = stored.relocated(index: 5, firstLine: 20, notebookPath: path)
        #expect(moved.diagnostics.map(\.location.line) == [22, 3])
        #expect(moved.figures.map(\.key) == ["b5-1", "b5-2"])
        // Exactly what the block would have drawn at its new place; the title is the author's.
        #expect(moved.figures.map(\.svg) == [figure("b5-1").svg, figure("b5-2").svg])
        #expect(moved.figures[0].svg.contains("b3-1-clip-1 in text"))
        if case .note(let note) = moved.items[1] { #expect(note.location.line == 22) } else { Issue.record("no note") }
    }

    @Test func samePlaceIsUnchanged() {
        let stored = CachedBlock(index: 1, firstLine: 7, result: BlockResult(items: [.figure(figure("b1-1"))]))
        #expect(stored.relocated(index: 1, firstLine: 7, notebookPath: path) == stored.result)
    }
}
