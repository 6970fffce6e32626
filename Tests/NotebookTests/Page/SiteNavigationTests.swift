import Foundation
@testable import Notebook
import Testing

@Suite struct SiteNavigationTests {
    static func page(_ name: String, _ title: String, headings: [Heading] = [], figure: RenderedFigure? = nil) -> PageContent {
        PageContent(fileName: name, title: title, summary: "About \(title).", sourcePath: "notebooks/x.md",
                    body: PageBody(title: .element("h1", ["id": "t"], [.text(title)]), rest: "<p>Body</p>\n"), headings: headings, firstFigure: figure)
    }

    static let pages = [
        page("a.html", "Alpha", headings: [
            Heading(level: 1, text: "Alpha", id: "alpha"), Heading(level: 2, text: "One <b>", id: "one"),
            Heading(level: 3, text: "Deep", id: "deep"), Heading(level: 2, text: "Two", id: "two"),
        ]),
        page("b c.html", "Beta & co"),
        page("javascript:x.html", "Gamma"),
    ]

    @Test func everyNotebookIsListedAndOnlyTheCurrentOneShowsItsSections() {
        let html = SiteNavigation(pages: Self.pages).render(current: Self.pages[0]).render()
        #expect(html.contains(##"<a class="current" href="./a.html">Alpha</a><ol class="site-nav-sections"><li><a href="#one">One &lt;b&gt;</a></li><li><a href="#two">Two</a></li></ol>"##))
        #expect(html.contains(#"<li><a href="./b%20c.html">Beta &amp; co</a></li>"#))
        #expect(html.contains(#"<li><a href="./javascript%3Ax.html">Gamma</a></li>"#))
        #expect(!html.contains("#deep"))        // level 3 stays in the page's own contents
        #expect(html.contains(#"<input type="checkbox" id="site-nav-toggle" class="site-nav-toggle"/><label for="site-nav-toggle" class="site-nav-label">Notebooks</label>"#))

        let second = SiteNavigation(pages: Self.pages).render(current: Self.pages[1]).render()
        #expect(second.contains(#"<a class="current" href="./b%20c.html">Beta &amp; co</a></li>"#))
        #expect(!second.contains("site-nav-sections"))
        #expect(!second.contains(#"class="current" href="./a.html""#))
    }

    @Test func theIndexHasTheNavigationWithNoCurrentPage() {
        let html = PageLayout().renderIndex(Self.pages)
        #expect(html.contains(#"<nav class="site-nav" aria-label="Notebooks">"#))
        #expect(!html.contains(#"class="current""#))
    }

    @Test func pagesHaveTheNavigationBeforeTheirContent() throws {
        let html = PageLayout().render(Self.pages[2], pages: Self.pages, previous: nil, next: nil)
        let nav = try #require(html.range(of: #"<nav class="site-nav""#))
        let main = try #require(html.range(of: "<main>"))
        #expect(nav.lowerBound < main.lowerBound)
        #expect(html.contains(#"<a class="current" href="./javascript%3Ax.html">Gamma</a>"#))
    }

    @Test func aSiteWithoutPagesHasNoNavigation() {
        #expect(SiteNavigation(pages: []).render(current: nil).render() == "")
    }
}

@Suite struct FigurePreviewTests {
    static let figure = RenderedFigure(
        key: "b0-1", title: "Plot", description: "Dataset d: 4 points.",
        svg: #"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="svgplot" viewBox="0 0 600 300" width="600" height="300" style="max-width:100%;height:auto" role="img"><defs><clipPath id="b0-1-clip-1"><rect width="10" height="10"/></clipPath></defs><rect class="bg" width="600" height="300"/></svg>"#)

    @Test func thePreviewIsAStandaloneSVGWithThePlotColours() throws {
        let document = FigurePreview.document(for: Self.figure)
        #expect(document.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 600 300" width="600" height="300"><style>"#))
        #expect(document.contains("--plot-bg: #ffffff;"))
        #expect(document.contains("@media (prefers-color-scheme: dark)"))
        #expect(document.contains("--plot-bg: #1b1e23;"))
        #expect(document.contains(Self.figure.svg + "</svg>\n"))
        #expect(!document.contains("<script"))
    }

    @Test func theIndexShowsAPreviewOnlyForPagesWithAFigure() {
        let pages = [
            SiteNavigationTests.page("with figure.html", "With", figure: Self.figure),
            SiteNavigationTests.page("without.html", "Without"),
        ]
        #expect(pages[0].previewPath == "previews/with figure.svg")
        #expect(pages[1].previewPath == nil)
        let html = PageLayout().renderIndex(pages)
        #expect(html.contains(#"<a class="preview" href="./with%20figure.html" tabindex="-1" aria-hidden="true"><img src="./previews/with%20figure.svg" alt="" width="160" height="80"/></a>"#))
        #expect(html.components(separatedBy: "<img").count == 2)
    }

    @Test func theStylesheetHidesTheNavigationInPrintAndKeepsFiguresWhole() throws {
        let css = Stylesheet.css
        let print = try #require(css.range(of: "@media print {")).upperBound
        let rules = css[print...]
        #expect(rules.contains(".site-header, .site-nav, .toc, .pager { display: none; }"))
        #expect(rules.contains("figure, svg, table, pre"))
        #expect(rules.contains("break-inside: avoid;"))
        // The plot colours are written once each into the page rules.
        #expect(css.components(separatedBy: "--plot-bg: #ffffff;").count == 2)
        #expect(css.components(separatedBy: "--plot-bg: #1b1e23;").count == 2)
    }
}
