import NotebookLanguage
import Testing

@Suite struct ParserTests {
    func parse(_ text: String) -> [Statement] {
        let (statements, diagnostics) = Parser().parse(BlockSource(text: text, file: "t.md", firstLine: 1))
        #expect(diagnostics.isEmpty)
        return statements
    }

    @Test func targetsCommandPositionalsAndKeys() throws {
        let statement = try #require(parse("train, test = split data test=0.25").first)
        #expect(statement.targets.map(\.text) == ["train", "test"])
        #expect(statement.command.text == "split")
        #expect(statement.command.location.column == 15)
        #expect(statement.arguments.map(\.key?.text) == [nil, "test"])
        #expect(statement.arguments[1].value.kind == .number(0.25))
    }

    @Test func onAndToIntroduceKeyedArguments() throws {
        let statement = try #require(parse(#"export model to "w.json""#).first)
        #expect(statement.arguments.map(\.key?.text) == [nil, "to"])
        #expect(statement.arguments[1].value.kind == .string("w.json"))
        let train = try #require(parse("m = train net on data").first)
        #expect(train.arguments[1].key?.text == "on")
        #expect(train.arguments[1].value.kind == .word("data"))
    }

    @Test func shapeWithASweptLayer() throws {
        let value = try #require(parse("n = network 2-[1,2]-2").first?.arguments.first?.value)
        guard case .shape(let elements) = value.kind else { Issue.record("not a shape"); return }
        #expect(elements.map(\.text) == ["2", "[1,2]", "2"])
        #expect(value.length == 9)
    }

    @Test func nestedListsAndReferences() throws {
        let statement = try #require(parse("print t.grad.b[2][1]").first)
        let expected = Reference(name: "t", path: [.field("grad"), .field("b"), .index(2), .index(1)])
        #expect(statement.arguments[0].value.kind == .reference(expected))
        #expect(expected.description == "t.grad.b[2][1]")
        let matrix = try #require(parse("n = network 2-1 w1=[[0.1, -2]]").first?.arguments[1].value)
        #expect(matrix.text == "[[0.1,-2]]")
    }

    @Test func expectKeepsItsComparison() throws {
        let comparison = try #require(parse("expect e.accuracy >= 0.95").first?.comparison)
        #expect(comparison.comparator == .greaterOrEqual)
        #expect(comparison.left.text == "e.accuracy")
        #expect(comparison.right.kind == .number(0.95))
        let equal = try #require(parse("expect t.output[1] = 0.79 tol=1e-6").first)
        #expect(equal.comparison?.comparator == .equal)
        #expect(equal.arguments.map(\.key?.text) == ["tol"])
    }

    @Test func everyBrokenStatementIsReportedAndTheRestParse() {
        let (statements, diagnostics) = Parser().parse(
            BlockSource(text: "a = moons\nb = \nc = circles n=[1\nd = circles", file: "t.md", firstLine: 1))
        #expect(statements.map(\.command.text) == ["moons", "circles"])
        #expect(diagnostics.map(\.location.line) == [2, 3])
    }
}
