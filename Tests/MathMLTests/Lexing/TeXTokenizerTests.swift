import Testing

@testable import MathML

struct TeXTokenizerTests {
    @Test func splitsCommandsLettersDigitsAndMarks() throws {
        let tokens = try TeXTokenizer(#"\frac{a}_1^\,x' \\"#).tokenize()
        #expect(tokens.map(\.kind) == [
            .command("frac"), .openBrace, .letter("a"), .closeBrace, .underscore, .digit("1"), .caret,
            .command(","), .letter("x"), .prime, .space, .command("\\"),
        ])
        #expect(tokens.map(\.offset) == [0, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16])
        #expect(tokens.map(\.length) == [5, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 2])
    }

    @Test func countsOffsetsInUnicodeScalars() throws {
        let tokens = try TeXTokenizer("σ≈x̂ \\pi").tokenize()
        #expect(tokens.map(\.kind) == [.character("σ"), .character("≈"), .letter("x"), .character("\u{302}"), .space, .command("pi")])
        #expect(tokens.map(\.offset) == [0, 1, 2, 3, 4, 5])
    }

    @Test func keepsCombiningMarksWithTheCharacterBefore() throws {
        let tokens = try TeXTokenizer("α\u{302}").tokenize()
        #expect(tokens.map(\.kind) == [.character("α\u{302}")])
        #expect(tokens.first?.length == 2)
    }

    @Test func skipsCommentsToTheEndOfTheLine() throws {
        let tokens = try TeXTokenizer("a % b c\nd").tokenize()
        #expect(tokens.map(\.kind) == [.letter("a"), .space, .space, .letter("d")])
    }

    @Test func rejectsATrailingBackslash() {
        #expect(throws: TeXError(offset: 2, length: 1, "'\\' at the end of the formula",
                                 hint: "write \\backslash for a backslash symbol")) {
            try TeXTokenizer("ab\\").tokenize()
        }
    }
}
