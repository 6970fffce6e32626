import NotebookLanguage
import Testing
@testable import Notebook

@Suite struct NNBlockReaderTests {
    private func read(_ text: String) -> NNBlockReader {
        let source = SourceText(fileName: "n.md", text: text)
        return NNBlockReader(outline: CMarkDocument.outline(of: source.text), source: source)
    }

    private func at(_ line: Int, _ column: Int) -> NotebookLanguage.SourceLocation {
        SourceLocation(file: "n.md", line: line, column: column)
    }

    @Test func onlyTheExactWordNN() {
        let reader = read("```nn\na\n```\n\n```nnx\nb\n```\n\n```python\nc\n```\n\n~~~~nn\tsize=1x2\nd\n~~~~\n\n    indented nn\n\n```&#110;n hide\ne\n```\n")
        #expect(reader.blocks.map(\.source) == ["a", "d", "e"])
        #expect(reader.blocks.map(\.index) == [0, 1, 2])
        #expect(reader.blocks[2].options.isHidden)
        #expect(reader.blocks[1].options.size == FigureSize(width: 1, height: 2))
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func locatesLinesInListsAndQuotes() {
        let text = """
        1. Step one:

           ```nn label=fig:a
           data = moons n=60
             plot data
           ```
        > - quoted item
        >   ```nn
        >   x = 1
        >
        >   ```
        """
        let reader = read(text)
        #expect(reader.diagnostics.isEmpty)
        #expect(reader.blocks.count == 2)
        let first = reader.blocks[0]
        #expect(first.location == at(3, 4))
        #expect(first.options.label == "fig:a")
        #expect(first.lines == [
            BlockSource.Line(text: "data = moons n=60", start: at(4, 4)),
            BlockSource.Line(text: "  plot data", start: at(5, 4)),
        ])
        let second = reader.blocks[1]
        #expect(second.location == at(8, 5))
        #expect(second.lines == [
            BlockSource.Line(text: "x = 1", start: at(9, 5)),
            BlockSource.Line(text: "", start: at(10, 2)),
        ])
    }

    @Test func indentedCodeThatLooksLikeAFenceIsNotOne() {
        let reader = read("\t```nn\n\n- a\n\n      ```nn\n      x\n")
        #expect(reader.blocks.isEmpty)
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func emptyBlockHasNoLines() {
        let reader = read("```nn\n```\n")
        #expect(reader.blocks.first?.lines == [])
        #expect(reader.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("text\n\n```nn\nx = 1\n", 3, 1, 3),
        ("```nn", 1, 1, 3),
        ("> ````python\n> a\n\nafter\n", 1, 3, 4),
        ("- ```nn\n  x\n- next\n", 1, 3, 3),
        ("````nn\nx\n```\n", 1, 1, 4),
    ])
    func reportsUnterminatedFences(text: String, line: Int, column: Int, length: Int) {
        let diagnostics = read(text).diagnostics
        #expect(diagnostics.map(\.message) == ["unterminated code fence"])
        #expect(diagnostics.first?.location == at(line, column))
        #expect(diagnostics.first?.length == length)
    }

    @Test func optionErrorsAreLocatedOnTheInfoLine() {
        let diagnostics = read("> ```nn hide sise=2x2\n> x\n> ```\n").diagnostics
        #expect(diagnostics.map(\.location) == [at(1, 14)])
        #expect(diagnostics.map(\.hint) == ["did you mean 'size'?"])
    }
}
