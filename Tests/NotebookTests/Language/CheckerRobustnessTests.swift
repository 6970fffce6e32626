import Foundation
@testable import Notebook
import NotebookLanguage
import Testing

/// Mutations of the reference's examples: whatever an author types, the checker either accepts
/// every statement or explains, with at least one error, why not — it never crashes or drops a
/// statement silently.
@Suite struct CheckerRobustnessTests {
    static let replacements = ["x", "-1", "0", "1e999", "\"s\"", "[1]", "[]", "2-2", "t.output[1]", "=", "[[1],[2,3]]"]

    @Test func mutatedExamplesAreAcceptedOrExplained() throws {
        let markdown = try String(contentsOfFile: LanguageReferenceTests.path, encoding: .utf8)
        let blocks = LanguageReferenceTests.blocks(of: markdown)
        var mutations = 0
        var session = Checker()  // the names of every block before the mutated one
        for block in blocks {
            for (lineIndex, line) in block.lines.enumerated() {
                for variant in Self.variants(of: line.text) {
                    var mutated = block
                    mutated.lines[lineIndex].text = variant
                    var checker = session
                    let (checked, diagnostics) = checker.check(mutated)
                    if !diagnostics.contains(where: { $0.severity == .error }) {
                        #expect(checked.statements.count == Parser().parse(mutated).statements.count, "\(variant)")
                    }
                    mutations += 1
                }
            }
            _ = session.check(block)
        }
        #expect(mutations > 500)
    }

    /// The line without each word in turn, and with each word or `key=` value replaced.
    static func variants(of line: String) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var variants: [String] = []
        for index in words.indices {
            var dropped = words
            dropped.remove(at: index)
            variants.append(dropped.joined(separator: " "))
            for replacement in replacements {
                var replaced = words
                if let equals = words[index].firstIndex(of: "="), equals != words[index].startIndex {
                    replaced[index] = words[index][...equals] + replacement
                } else {
                    replaced[index] = replacement
                }
                variants.append(replaced.joined(separator: " "))
            }
        }
        return variants
    }
}
