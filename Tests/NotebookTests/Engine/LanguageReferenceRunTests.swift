import Foundation
@testable import Notebook
import NotebookLanguage
import Testing

/// Every example of docs/nn-language.md, run as one notebook: nothing may fail but the one
/// expectation whose threshold the noisy example data (moons with noise 1) does not reach.
@Suite struct LanguageReferenceRunTests {
    @Test func everyExampleRuns() throws {
        let markdown = try String(contentsOfFile: LanguageReferenceTests.path, encoding: .utf8)
        let blocks = LanguageReferenceTests.blocks(of: markdown)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-reference-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "x,y,class\n0,0,a\n1,1,b\n0.5,0.2,a\n".write(to: folder.appendingPathComponent("points.csv"),
                                                        atomically: true, encoding: .utf8)
        let (checked, diagnostics) = Checker.check(blocks)
        #expect(!diagnostics.hasErrors)
        var interpreter = Interpreter(notebookDirectory: folder)
        let results = checked.enumerated().map { interpreter.run($1, index: $0) }
        let errors = results.flatMap(\.diagnostics).filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["expectation failed: e.accuracy is 0.73333333 but should be >= 0.8"])
        // One key per plot statement, whatever its panels and colour key.
        #expect(Set(results.flatMap(\.figures).map(\.key)).count == 20)
        let kinds = Set(results.flatMap(\.items).map { item -> String in
            switch item {
            case .table: "table"
            case .figure: "figure"
            case .value: "value"
            case .note: "note"
            case .expectation: "expectation"
            case .export: "export"
            }
        })
        #expect(kinds.isSuperset(of: ["table", "figure", "value", "expectation", "export"]))
    }
}
