import Notebook
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
}
