import Testing
@testable import Notebook

@Suite struct HeadingTests {
    @Test(arguments: [
        ("The backward pass", "the-backward-pass"),
        ("  Loss: E = ½(t − o)² ", "loss-e-½t-o²"),
        ("Über-große Netze", "über-große-netze"),
        ("snake_case -- and   spaces", "snake-case-and-spaces"),
        ("!!!", "section"),
    ])
    func slugs(text: String, slug: String) {
        #expect(Heading.slug(text) == slug)
    }

    @Test func repeatsGetNumbers() {
        #expect(Heading.makeIDs(for: ["Intro", "Intro", "Intro 2", "Intro", "?"])
            == ["intro", "intro-2", "intro-2-2", "intro-3", "section"])
    }
}
