@testable import NotebookLanguage
import Testing

/// Carets and underlines under lines with characters a terminal draws two cells wide.
@Suite struct DiagnosticFormatterWidthTests {
    @Test func theCaretAndUnderlineCountWideCharactersAsTwoCells() {
        let line = "d = csv \"数据.csv\" label=类别"
        let formatter = DiagnosticFormatter(sources: ["a.md": "```nn\n" + line + "\n```\n"])
        // '类别' is at character 24 (1-based), after 23 characters of which two are wide: 25 cells.
        let diagnostic = Diagnostic.error(at: SourceLocation(file: "a.md", line: 2, column: 24), "no column '类别'",
                                          hint: "columns: x, y", length: 2)
        let lines = formatter.format(diagnostic).split(separator: "\n").map(String.init)
        #expect(lines[0] == "a.md:2:24: error: no column '类别'")
        #expect(lines[1] == "   2 | d = csv \"数据.csv\" label=类别")
        #expect(lines[2] == "     | " + String(repeating: " ", count: 25) + "^~~~ columns: x, y")
    }

    @Test func theUnderlineCoversWideCharactersInTheMiddle() {
        let formatter = DiagnosticFormatter(sources: ["a.md": "见@fig:数据。\n"])
        let diagnostic = Diagnostic.error(at: SourceLocation(file: "a.md", line: 1, column: 2),
                                          "no figure has the label 'fig:数据'", length: 7)
        let lines = formatter.format(diagnostic).split(separator: "\n").map(String.init)
        #expect(lines[1] == "   1 | 见@fig:数据。")
        // 2 cells for 见, then '@fig:' 5 cells and 数据 4.
        #expect(lines[2] == "     |   ^" + String(repeating: "~", count: 8))
    }

    @Test func aLongLineIsCutByWidthAroundTheCaret() {
        // 200 wide characters (400 cells), the error at the 100th.
        let line = String(repeating: "数", count: 99) + "错" + String(repeating: "据", count: 100)
        let (shown, column) = DiagnosticFormatter.window(line, column: 100)
        let cells = EastAsianText.displayWidth(shown)
        #expect(cells <= DiagnosticFormatter.width + 2)     // the two "…" take one cell each
        #expect(shown.hasPrefix("…") && shown.hasSuffix("…"))
        #expect(Array(shown)[column - 1] == "错")
        // About a quarter of the width before the caret: 12 wide characters (24 cells).
        #expect(column - 2 == 12)
    }

    @Test func aShortLineIsNotCut() {
        let (shown, column) = DiagnosticFormatter.window("数据 x", column: 4)
        #expect(shown == "数据 x")
        #expect(column == 4)
    }

    @Test func escapesStillKeepTheCaretUnderItsCharacter() {
        let line = "数\u{1B}[2J = tahn"
        let formatter = DiagnosticFormatter(sources: ["a.md": line + "\n"])
        let diagnostic = Diagnostic.error(at: SourceLocation(file: "a.md", line: 1, column: 9), "unknown 'tahn'", length: 4)
        let lines = formatter.format(diagnostic).split(separator: "\n").map(String.init)
        #expect(lines[1] == "   1 | 数\\u{1B}[2J = tahn")
        // 数 takes two cells, "\u{1B}[2J = " twelve.
        #expect(lines[2] == "     | " + String(repeating: " ", count: 14) + "^~~~")
    }
}
