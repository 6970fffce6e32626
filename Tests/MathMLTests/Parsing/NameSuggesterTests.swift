import Testing

@testable import MathML

struct NameSuggesterTests {
    @Test(arguments: [
        ("frac", "frac", 0), ("fracc", "frac", 1), ("alpah", "alpha", 1), ("tahn", "tanh", 1),
        ("", "abc", 3), ("kitten", "sitting", 3), ("sum", "", 3),
    ])
    func editDistance(_ a: String, _ b: String, _ expected: Int) {
        #expect(NameSuggester.editDistance(a, b) == expected)
        #expect(NameSuggester.editDistance(b, a) == expected)
    }

    @Test func suggestsTheNearestCloseName() {
        #expect(NameSuggester.suggestion(for: "sigmaa", among: TeXCommand.names) == "sigma")
        #expect(NameSuggester.suggestion(for: "matirx", among: ["matrix", "pmatrix"]) == "matrix")
        #expect(NameSuggester.suggestion(for: "lamda", among: TeXCommand.names) == "lambda")
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect(NameSuggester.suggestion(for: "foo", among: TeXCommand.names) == nil)
        // Short names allow one edit only: "ab" is not a typo of "in".
        #expect(NameSuggester.suggestion(for: "ab", among: ["in"]) == nil)
    }
}
