import NotebookLanguage
import Testing
@testable import Notebook

@Suite struct FrontMatterShapeTests {
    @Test(arguments: [
        "title: Rock & roll * 2\nsummary: \"*x &y\"\norder: 3",
        "title: [a, b]\nsummary: {a: b}",
        "",
        "title: [unclosed",   // a syntax error is left to Yams
    ])
    func acceptsWhatFrontMatterNeeds(yaml: String) {
        #expect(FrontMatterShape.firstProblem(in: yaml) == nil)
    }

    @Test(arguments: [
        ("a: &x 1\nb: *x", "front matter may not use YAML anchors ('&x')", 1, 4, 2),
        ("a: 1\nb: *x", "front matter may not use YAML aliases ('*x')", 2, 4, 2),
        ("s: &seq [1, 2]", "front matter may not use YAML anchors ('&seq')", 1, 4, 4),
        ("m: &map {a: 1}", "front matter may not use YAML anchors ('&map')", 1, 4, 4),
        ("? [a, b]\n: c", "front matter keys must be words, not lists or mappings", 1, 3, 1),
        ("{a: 1}: 2", "front matter keys must be words, not lists or mappings", 1, 1, 1),
        ("a:\n  ? {b: 1}\n  : c", "front matter keys must be words, not lists or mappings", 2, 5, 1),
        ("- [a, b]\n- {c: d}\n- x: *y", "front matter may not use YAML aliases ('*y')", 3, 6, 2),
    ] as [(String, String, Int, Int, Int)])
    func refusesAliasesAnchorsAndCollectionKeys(yaml: String, message: String, line: Int, column: Int, length: Int) {
        let problem = FrontMatterShape.firstProblem(in: yaml)
        #expect(problem?.message == message)
        #expect(problem?.line == line)
        #expect(problem?.column == column)
        #expect(problem?.length == length)
    }

    /// 408 bytes that used to hang every build: nine levels of nine aliases, the last used as a
    /// key. Refused at the first anchor, at once.
    @Test func anAliasBombIsRefusedAtOnce() {
        var lines = ["---", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append("\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ",") + "]")
            previous = name
        }
        lines += ["? *i", ": x", "---", "# T"]
        let clock = ContinuousClock()
        let start = clock.now
        let block = FrontMatterBlock(source: SourceText(fileName: "n.md", text: lines.joined(separator: "\n")))
        #expect(clock.now - start < .seconds(2))
        #expect(block.diagnostics.map(\.message) == ["front matter may not use YAML anchors ('&a')"])
        #expect(block.diagnostics.first?.location == SourceLocation(file: "n.md", line: 2, column: 4))
        #expect(block.lineCount == lines.count - 1)
    }
}
