import Testing
@testable import Notebook

@Suite struct NearestNameTests {
    @Test(arguments: [
        ("kitten", "sitting", 3), ("titel", "title", 1), ("", "abc", 3), ("abc", "", 3),
        ("caption", "caption", 0), ("ca", "abc", 3),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(Suggestion.editDistance(a, b) == expected)
    }

    @Test func suggestsOnlyCloseNames() {
        let names = ["hide", "caption", "label", "size"]
        #expect(NearestName.suggestion(for: "captoin", among: names) == "did you mean 'caption'?")
        #expect(NearestName.suggestion(for: "Hide", among: names) == "did you mean 'hide'?")
        #expect(NearestName.suggestion(for: "colour", among: names) == nil)
        #expect(NearestName.nearest(to: "sizes", among: names) == "size")
    }
}
