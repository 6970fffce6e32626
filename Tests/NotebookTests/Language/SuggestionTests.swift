@testable import Notebook
import Testing

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("tanh", "tahn", 1), ("sigmoid", "sigmod", 1), ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "abc", 0),
        ("ca", "abc", 3),
    ])
    func editDistance(_ a: String, _ b: String, _ distance: Int) {
        #expect(Suggestion.editDistance(a, b) == distance)
        #expect(Suggestion.editDistance(b, a) == distance)
    }

    @Test func closeWordsOnly() {
        #expect(Suggestion.closest(to: "tahn", in: Activation.spellings) == "tanh")
        #expect(Suggestion.closest(to: "sgd", in: Optimizer.spellings) == "gd")
        #expect(Suggestion.closest(to: "glorot", in: Initializer.spellings) == nil)
        #expect(Suggestion.closest(to: "EPOCHS", in: ["epochs", "rate"]) == "epochs")
    }

    @Test func hintFallsBackToTheChoices() {
        #expect(Suggestion.hint(for: "zzz", in: ["gd", "adam"]) == "expected one of: gd, adam")
        #expect(Suggestion.hint(for: "zzz", in: []) == nil)
    }
}
