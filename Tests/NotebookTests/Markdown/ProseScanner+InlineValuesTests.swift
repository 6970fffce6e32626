import NotebookLanguage
import Testing
@testable import Notebook

/// Inline values (`` `{nn} …` ``): found in text and inside math, located, and kept apart from
/// ordinary code spans.
@Suite struct ProseScannerInlineValuesTests {
    private func scan(_ text: String) -> ProseScanner {
        let source = SourceText(fileName: "n.md", text: text)
        return ProseScanner(source: source, placeholder: Placeholder(avoiding: text)) { _ in false }
    }

    private func at(_ line: Int, _ column: Int) -> NotebookLanguage.SourceLocation {
        SourceLocation(file: "n.md", line: line, column: column)
    }

    @Test func aValueInTextBecomesAToken() {
        let scanner = scan("Error `{nn} step.error digits=4` here.")
        #expect(scanner.values == [InlineValue(index: 0, expression: "step.error digits=4", location: at(1, 13),
                                               mathIndex: nil, sourceText: "`{nn} step.error digits=4`")])
        #expect(scanner.rewrittenText(blankingFirst: 0) == "Error wvphv0z here.")
        #expect(scanner.math.isEmpty)
    }

    @Test func aValueInsideMathStaysInItsTeX() {
        let scanner = scan("so $E \\approx `{nn} step.error`$ and $$x = `{nn} a.loss` + `{nn} b.loss`$$")
        #expect(scanner.math.map(\.tex) == ["E \\approx `{nn} step.error`", "x = `{nn} a.loss` + `{nn} b.loss`"])
        #expect(scanner.values.map(\.expression) == ["step.error", "a.loss", "b.loss"])
        #expect(scanner.values.map(\.mathIndex) == [0, 1, 1])
        #expect(scanner.values[1].location == at(1, 50))
        #expect(scanner.math[1].values == [MathValueSlot(value: 1, range: 4..<17), MathValueSlot(value: 2, range: 20..<33)])
        #expect(scanner.rewrittenText(blankingFirst: 0) == "so wvphm0z and wvphm1z")
        // Replacements are braced, and padded to the span's length so TeX offsets stay put.
        let tex = scanner.math[1].tex(replacingValues: { $0 == 1 ? "0.5" : "-2" })
        #expect(tex == "x = {0.5}         + {-2}         ")
        #expect(tex.unicodeScalars.count == scanner.math[1].tex.unicodeScalars.count)
    }

    @Test(arguments: [
        ("`{nn}x` and `` `{nn} y` `` and ` {nn} z`", 0),   // not marked: no space, quoted, spaced
        ("$a `code` b$ `{nn} v`", 1),                        // a plain code span still ends math
        ("`{nn}` names the marker, `{nn} ` is empty", 1),     // the empty one: the checker reports it
        ("``{nn} a`b``", 1),
    ] as [(String, Int)])
    func onlyCodeSpansStartingWithTheMarkerAreValues(text: String, count: Int) {
        let scanner = scan(text)
        #expect(scanner.values.count == count)
        #expect(scanner.math.isEmpty)
    }

    @Test func aValueCutByALineBreakIsReported() {
        let scanner = scan("The error `{nn} step.error\ndigits=4` is small.")
        #expect(scanner.diagnostics.map(\.message) == ["an inline value must fit on one line"])
        #expect(scanner.diagnostics.first?.location == at(1, 11))
    }
}
