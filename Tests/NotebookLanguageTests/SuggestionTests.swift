@testable import NotebookLanguage
import Testing

@Suite struct SuggestionTests {
    @Test func aCloseWordIsOfferedAndOtherwiseTheChoices() {
        #expect(Suggestion.hint(for: "tahn", in: ActivationName.spellings) == "did you mean 'tanh'?")
        #expect(Suggestion.hint(for: "zzz", in: ["gd", "adam"]) == "expected one of: gd, adam")
        #expect(Suggestion.hint(for: "zzz", in: []) == nil)
        #expect(Suggestion.hint(for: "zzz", in: (1...9).map { "name\($0)" }) == nil)
    }
}
