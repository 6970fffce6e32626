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
        // The values in its prose (`{nn} t.error`), each after the blocks above it.
        let values = MarkdownDocument(fileName: "nn-language.md", text: markdown).values
        let sources = values.map { value in
            InlineValueSource(line: .init(text: value.expression, start: value.location),
                              blocksBefore: blocks.prefix { $0.lines[0].start.line < value.location.line }.count)
        }
        let (checked, specs, diagnostics) = Checker.check(blocks, values: sources)
        #expect(!diagnostics.hasErrors)
        var interpreter = Interpreter(notebookDirectory: folder)
        var results: [BlockResult] = []
        var texts: [String] = []
        for (index, block) in checked.enumerated() {
            results.append(interpreter.run(block, index: index))
            for (source, spec) in zip(sources, specs) where source.blocksBefore == index + 1 {
                let spec = try #require(spec)
                let number = try ReferenceResolver(session: interpreter.session, location: spec.location).number(spec.value)
                texts.append(InlineValueText.text(number, spec.format))
            }
        }
        #expect(texts == ["0.7514", "0.2984"])
        let errors = results.flatMap(\.diagnostics).filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["expectation failed: e.accuracy is 0.73333333 but should be >= 0.8"])
        // One key per plot statement, whatever its panels and colour key.
        #expect(Set(results.flatMap(\.figures).map(\.key)).count == 25)
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
