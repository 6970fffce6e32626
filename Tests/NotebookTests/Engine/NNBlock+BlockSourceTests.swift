import Notebook
import NotebookLanguage
import Testing

@Suite struct NNBlockBlockSourceTests {
    @Test func linesKeepTheirLocations() {
        let start = SourceLocation(file: "bp.md", line: 5, column: 3)
        let block = NNBlock(index: 0, options: NNBlockOptions(), location: SourceLocation(file: "bp.md", line: 4, column: 1),
                            lines: [NNBlock.Line(text: "data = moons", location: start)])
        #expect(block.blockSource == BlockSource(lines: [BlockSource.Line(text: "data = moons", start: start)]))
    }
}
