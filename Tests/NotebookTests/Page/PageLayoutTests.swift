import Markup
import Testing
@testable import Notebook

@Suite struct PageLayoutTests {
    static let headings = [Heading(level: 2, text: "One", id: "one"), Heading(level: 2, text: "Two", id: "two")]

    static func page(_ body: PageBody) -> String {
        let page = PageContent(fileName: "a.html", title: "A", summary: nil, sourcePath: "n/a.md", body: body,
                               headings: headings)
        return PageLayout().render(page, previous: nil, next: nil)
    }

    @Test func contentsFollowTheTitle() {
        let html = Self.page(PageBody(title: .element("h1", ["id": "a"], [.text("A <b>")]), rest: "<h2 id=\"one\">One</h2>\n"))
        #expect(html.contains(#"<article class="notebook"><h1 id="a">A &lt;b&gt;</h1>"# + "\n" + #"<nav class="toc""#))
        #expect(html.contains("</nav><h2 id=\"one\">One</h2>\n</article>"))
    }

    @Test func withoutATitleContentsComeFirst() {
        let html = Self.page(PageBody(rest: "<p>x</p>\n<h1 id=\"later\">Later</h1>\n"))
        #expect(html.contains(#"<article class="notebook"><nav class="toc""#))
        #expect(html.contains("</nav><p>x</p>\n<h1 id=\"later\">Later</h1>\n</article>"))
    }
}
