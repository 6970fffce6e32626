@testable import NotebookLanguage
import Testing

@Suite struct LexerTests {
    func tokens(_ text: String) -> [[Token]] {
        Lexer().tokenize(BlockSource(text: text, file: "t.md", firstLine: 10, column: 3)).lines
    }

    @Test func shapesSplitOnMinusButNegativeNumbersStayWhole() {
        let line = tokens("net = network 2-[1,2]-2 range=[-5,5]")[0]
        #expect(line.map(\.text) == ["net", "=", "network", "2", "-", "[", "1", ",", "2", "]", "-", "2",
                                     "range", "=", "[", "-5", ",", "5", "]"])
        #expect(line[15].kind == .number(-5))
        #expect(line[4].kind == .minus)
    }

    @Test func numbersInEveryWrittenForm() {
        let kinds = tokens("x 3 -0.5 1e-9 30000 2.5E+3")[0].dropFirst().map(\.kind)
        #expect(kinds == [.number(3), .number(-0.5), .number(1e-9), .number(30000), .number(2500)])
    }

    @Test func locationsAreInTheMarkdownFile() {
        let line = tokens("a = moons\n  b = circles")
        #expect(line[0][2].location == SourceLocation(file: "t.md", line: 10, column: 7))
        #expect(line[1][0].location == SourceLocation(file: "t.md", line: 11, column: 5))
        #expect(line[0][2].length == 5)
    }

    @Test func stringEscapesAndComments() {
        let line = tokens(#"x "a \"b\" \\ c" # a comment "not a string"#)[0]
        #expect(line.count == 2)
        #expect(line[1].kind == .string(#"a "b" \ c"#))
        #expect(line[1].length == 14)
    }

    @Test func continuationJoinsLinesAndCommentsAndBlanksVanish() {
        let lines = tokens("# intro\n\nnet = network 2-2-1 \\ # the shape\n  hidden=tanh\nprint net")
        #expect(lines.count == 2)
        #expect(lines[0].map(\.text) == ["net", "=", "network", "2", "-", "2", "-", "1", "hidden", "=", "tanh"])
        #expect(lines[0][8].location.line == 13)
    }

    @Test func comparisonsAndReferencePunctuation() {
        let line = tokens("expect t.out[2][1] <= 0.5")[0]
        #expect(line.map(\.kind) == [
            .word("expect"), .word("t"), .dot, .word("out"), .leftBracket, .number(2), .rightBracket,
            .leftBracket, .number(1), .rightBracket, .lessOrEqual, .number(0.5),
        ])
        #expect(line[2].isAttached && !line[1].isAttached)
    }

    @Test func gridSizeIsOneWord() {
        #expect(tokens("plot boundary m grid=2x3")[0].last?.kind == .word("2x3"))
    }
}
