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

    @Test func slugsShapedLikeOtherIdsOfThePageAreSetApart() {
        #expect(Heading.makeIDs(for: ["fig-a", "Cell 3", "figure b2 0", "b3-0-clip-0", "B2 bomber", "b12", "Section fig a"])
            == ["section-fig-a", "section-cell-3", "section-figure-b2-0", "section-b3-0-clip-0", "section-b2-bomber", "b12",
                "section-fig-a-2"])
    }
}
