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
        #expect(placeholder.split(text) == [
            .text("a "), .token(.math, 12), .token(.reference, 0), .text("s wvphq wvphm7"),
        ])
        #expect(placeholder.split("") == [.text("")])
        #expect(placeholder.split(placeholder.token(.math, 3)) == [.token(.math, 3)])
    }
}
