import Foundation
import NotebookLanguage
import Testing

@Suite struct DiagnosticFormatterTests {
    let source = "# Title\n\n```nn\nnet = network 2-4-2 hidden=tahn\n```\n"

    @Test func errorWithSourceLineCaretAndHint() {
        let formatter = DiagnosticFormatter(sources: ["bp.md": source])
        let diagnostic = Diagnostic.error(
            at: SourceLocation(file: "bp.md", line: 4, column: 28), "unknown activation 'tahn'",
            hint: "did you mean 'tanh'?", length: 4)
        #expect(formatter.format(diagnostic) == """
            bp.md:4:28: error: unknown activation 'tahn'
               4 | net = network 2-4-2 hidden=tahn
                 |                            ^~~~ did you mean 'tanh'?

            """)
    }

    @Test func terminalEscapesAndBidiOverridesAreShownNotActedOn() {
        // ESC [2J clears a terminal; U+202E reverses what follows; the caret stays under 'tahn'.
        let line = "net = network 2-4-2 \u{1B}[2J\u{202E} hidden=tahn"
        let formatter = DiagnosticFormatter(sources: ["bp.md": "```nn\n" + line + "\n```\n"])
        let diagnostic = Diagnostic.error(
            at: SourceLocation(file: "bp.md", line: 2, column: 34), "unknown activation 'ta\u{1B}[31mhn'",
            hint: "did you mean 'tanh'?", length: 4)
        let text = formatter.format(diagnostic)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "bp.md:2:34: error: unknown activation 'ta\\u{1B}[31mhn'")
        #expect(lines[1] == "   2 | net = network 2-4-2 \\u{1B}[2J\\u{202E} hidden=tahn")
        // The caret stands under the 't' of 'tahn' in the shown line.
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let word = lines[1].range(of: "tahn").map { lines[1].distance(from: lines[1].startIndex, to: $0.lowerBound) }
        #expect(caret != nil && caret == word)
        #expect(lines[2].hasSuffix("^~~~ did you mean 'tanh'?"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    }

    @Test func unknownFileStillGivesLocationAndHint() {
        let formatter = DiagnosticFormatter()
        let diagnostic = Diagnostic.error(
            at: SourceLocation(file: "x.md", line: 9, column: 1), "no such file", hint: "check the path")
        #expect(formatter.format(diagnostic) == "x.md:9:1: error: no such file\n  note: check the path\n")
    }

    @Test func listIsSortedAndCounted() {
        let formatter = DiagnosticFormatter()
        let late = Diagnostic.error(at: SourceLocation(file: "a.md", line: 9, column: 1), "late")
        let early = Diagnostic.warning(at: SourceLocation(file: "a.md", line: 2, column: 5), "early")
        let text = formatter.format(DiagnosticList([late, early]))
        #expect(text == "a.md:2:5: warning: early\na.md:9:1: error: late\n1 error\n")
    }

    @Test func aFloodOfDiagnosticsIsCutButCounted() {
        let formatter = DiagnosticFormatter()
        let errors = (1...70).map { Diagnostic.error(at: SourceLocation(file: "a.md", line: $0, column: 1), "bad \($0)") }
        let lines = formatter.format(DiagnosticList(errors)).split(separator: "\n")
        #expect(lines.count == DiagnosticFormatter.shownLimit + 2)
        #expect(lines[0] == "a.md:1:1: error: bad 1")
        #expect(lines[49] == "a.md:50:1: error: bad 50")
        #expect(lines[50] == "… and 20 more diagnostics not shown")
        #expect(lines[51] == "70 errors")
        let few = formatter.format(DiagnosticList(Array(errors.prefix(50)))).split(separator: "\n")
        #expect(few.count == 51 && few.last == "50 errors")
    }
}

@Suite struct DiagnosticFormatterLongLineTests {
    @Test func aLongLineIsCutAroundTheColumn() {
        let line = "data = moons n=40" + String(repeating: " ", count: 5000) + "nois=1"
        let formatter = DiagnosticFormatter(sources: ["a.md": line])
        let diagnostic = Diagnostic.error(
            at: SourceLocation(file: "a.md", line: 1, column: 5018), "unknown key 'nois' for 'moons'",
            hint: "did you mean 'noise'?", length: 4)
        let lines = formatter.format(diagnostic).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1] == "   1 | …" + String(repeating: " ", count: 94) + "nois=1")
        #expect(lines[2] == "     | " + String(repeating: " ", count: 95) + "^~~~ did you mean 'noise'?")
    }

    @Test func aLongLineIsCutAtBothEndsInTheMiddle() {
        let line = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 300)
        let formatter = DiagnosticFormatter(sources: ["a.md": line])
        let diagnostic = Diagnostic.error(at: SourceLocation(file: "a.md", line: 1, column: 301), "x")
        let lines = formatter.format(diagnostic).split(separator: "\n")
        #expect(lines[1] == "   1 | …" + String(repeating: "a", count: 25) + "X" + String(repeating: "b", count: 74) + "…")
        #expect(lines[2] == "     | " + String(repeating: " ", count: 26) + "^")
    }
}

@Suite struct DiagnosticFormatterLineEndingTests {
    @Test func windowsLineEndingsStillShowTheLine() {
        let formatter = DiagnosticFormatter(sources: ["a.md": "# T\r\n\r\n```nn\r\ndata = moons noize=1\r\n```\r\n"])
        let diagnostic = Diagnostic.error(at: SourceLocation(file: "a.md", line: 4, column: 14), "bad", length: 5)
        #expect(formatter.format(diagnostic) == "a.md:4:14: error: bad\n   4 | data = moons noize=1\n     |              ^~~~~\n")
    }
}
