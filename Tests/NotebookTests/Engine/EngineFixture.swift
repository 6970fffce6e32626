import Foundation
@testable import Notebook
import NotebookLanguage

/// Checks and runs a small notebook of nn blocks in a fresh session; the checker must be
/// satisfied, so a test of the interpreter never silently runs nothing.
struct EngineFixture {
    var notebook: NotebookFixture
    var interpreter: Interpreter

    init(_ blocks: [String], directory: URL = FileManager.default.temporaryDirectory) {
        notebook = NotebookFixture(blocks)
        interpreter = Interpreter(notebookDirectory: directory)
    }

    /// The checker's diagnostics (empty when clean) and each block's result.
    mutating func run() -> (checkText: String, results: [BlockResult]) {
        let (checked, text) = notebook.check()
        let results = checked.enumerated().map { index, block in interpreter.run(block, index: index) }
        return (text, results)
    }

    /// Runs the blocks; results of a notebook that does not check are empty.
    static func results(_ blocks: [String], directory: URL = FileManager.default.temporaryDirectory) -> [BlockResult] {
        var fixture = EngineFixture(blocks, directory: directory)
        let (text, results) = fixture.run()
        return text.isEmpty ? results : []
    }

    static func result(_ block: String, directory: URL = FileManager.default.temporaryDirectory) -> BlockResult? {
        results([block], directory: directory).first
    }

    /// The diagnostics of a run, formatted as the build prints them.
    static func formatted(_ diagnostics: [Diagnostic], blocks: [String]) -> String {
        DiagnosticFormatter(sources: [NotebookFixture.file: NotebookFixture(blocks).markdown])
            .format(DiagnosticList(diagnostics))
    }
}

extension BlockResult {
    /// Printed values by name.
    var values: [String: String] {
        var values: [String: String] = [:]
        for case .value(let name, let text) in items { values[name] = text }
        return values
    }

    var notes: [Diagnostic] { items.compactMap { if case .note(let note) = $0 { note } else { nil } } }

    var expectations: [ExpectationResult] {
        items.compactMap { if case .expectation(let result) = $0 { result } else { nil } }
    }
}
