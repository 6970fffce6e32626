import Foundation
import NotebookLanguage
import Testing
@testable import Notebook

@Suite struct CachedBlockTests {
    let path = "notebooks/bp.md"

    func figure(_ key: String) -> RenderedFigure {
        RenderedFigure(key: key, title: "t", description: "d",
                       svg: "<svg><defs><clipPath id=\"\(key)-clip-1\"></clipPath></defs>"
                           + "<path clip-path=\"url(#\(key)-clip-1)\"/><text>\(key)-clip-1 in text</text></svg>")
    }

    @Test func relocationMovesLinesOfThisNotebookAndFigureKeys() {
        let here = Diagnostic.warning(at: SourceLocation(file: path, line: 12, column: 5), "diverged")
        let csv = Diagnostic.warning(at: SourceLocation(file: "notebooks/p.csv", line: 3, column: 1), "odd")
        let stored = CachedBlock(index: 3, firstLine: 10, result: BlockResult(
            items: [.figure(figure("b3-1")), .note(here), .figure(figure("b3-2"))], diagnostics: [here, csv]))
        let moved = stored.relocated(index: 5, firstLine: 20, notebookPath: path)
        #expect(moved.diagnostics.map(\.location.line) == [22, 3])
        #expect(moved.figures.map(\.key) == ["b5-1", "b5-2"])
        let svg = moved.figures[0].svg
        #expect(svg.contains("id=\"b5-1-clip-1\"") && svg.contains("url(#b5-1-clip-1)"))
        // Text that merely looks like a key is the author's and stays.
        #expect(svg.contains("<text>b3-1-clip-1 in text</text>"))
        if case .note(let note) = moved.items[1] { #expect(note.location.line == 22) } else { Issue.record("no note") }
    }

    @Test func samePlaceIsUnchanged() {
        let stored = CachedBlock(index: 1, firstLine: 7, result: BlockResult(items: [.figure(figure("b1-1"))]))
        #expect(stored.relocated(index: 1, firstLine: 7, notebookPath: path) == stored.result)
    }
}
