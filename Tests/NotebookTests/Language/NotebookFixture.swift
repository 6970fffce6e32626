@testable import Notebook
import NotebookLanguage

/// A small notebook built from nn block texts: its Markdown, its blocks located in it, and the
/// text of checking it (formatted diagnostics, empty when clean).
struct NotebookFixture {
    static let file = "t.md"
    var markdown = ""
    var blocks: [BlockSource] = []

    /// Each block is preceded by a prose line and fenced, so locations are real `.md` lines.
    init(_ blockTexts: [String]) {
        var line = 1
        for text in blockTexts {
            markdown += "Text.\n```nn\n"
            line += 2
            blocks.append(BlockSource(text: text, file: Self.file, firstLine: line))
            markdown += text + "\n```\n"
            line += text.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        }
    }

    init(_ blockText: String) { self.init([blockText]) }

    func check() -> (blocks: [CheckedBlock], text: String) {
        let (checked, diagnostics) = Checker.check(blocks)
        let text = DiagnosticFormatter(sources: [Self.file: markdown]).format(diagnostics)
        return (checked, text)
    }

    /// The only statement's command, when the notebook checks cleanly.
    func onlyCommand() -> Command? {
        let (checked, text) = check()
        guard text.isEmpty, let last = checked.last?.statements.last else { return nil }
        return last.command
    }
}
