import Testing
@testable import Notebook

@Suite struct PlaceholderTests {
    @Test func prefixAvoidsTheText() {
        #expect(Placeholder(avoiding: "plain").prefix == "wvph")
        #expect(Placeholder(avoiding: "a wvph and wvphx").prefix == "wvphxx")
    }

    @Test func splitsTextAroundTokens() {
        let placeholder = Placeholder(avoiding: "")
        let text = "a " + placeholder.token(.math, 12) + placeholder.token(.reference, 0) + "s wvphq wvphm7"
        #expect(placeholder.split(text, mathCount: 13, referenceCount: 1) == [
            .text("a "), .token(.math, 12), .token(.reference, 0), .text("s wvphq wvphm7"),
        ])
        #expect(placeholder.split("", mathCount: 0, referenceCount: 0) == [.text("")])
        #expect(placeholder.split(placeholder.token(.math, 3), mathCount: 4, referenceCount: 0) == [.token(.math, 3)])
    }

    /// A token whose span does not exist (spelt by the author through an entity, which cmark
    /// decodes) stays text.
    @Test func tokensOfSpansThatDoNotExistStayText() {
        let placeholder = Placeholder(avoiding: "")
        let text = placeholder.token(.math, 1) + " " + placeholder.token(.reference, 0)
        #expect(placeholder.split(text, mathCount: 1, referenceCount: 0) == [.text(text)])
        #expect(placeholder.split(text, mathCount: 2, referenceCount: 1)
            == [.token(.math, 1), .text(" "), .token(.reference, 0)])
    }
}
