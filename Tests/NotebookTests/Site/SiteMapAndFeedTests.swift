import Foundation
@testable import Notebook
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct SiteMapAndFeedTests {
    static func page(_ name: String, _ title: String, date: String? = nil, baseURL: String? = nil) -> PageContent {
        PageContent(fileName: name, title: title, summary: "About <\(title)>.", sourcePath: "n/x.md", body: PageBody(),
                    headings: [], date: date, baseURL: baseURL)
    }

    static let pages = [
        page("old.html", "Old", date: "2025-01-05"),
        page("javascript:alert(1).html", "Hostile & odd", date: "2026-03-01"),
        page("undated.html", "Undated"),
        page("same day.html", "Same day", date: "2026-03-01"),
    ]

    static func isWellFormed(_ xml: String) -> Bool {
        let parser = XMLParser(data: Data(xml.utf8))
        return parser.parse() && parser.parserError == nil
    }

    @Test func withoutABaseURLTheSitemapListsRelativeLinks() {
        let xml = SiteMap(pages: Self.pages, config: SiteConfig()).render()
        #expect(Self.isWellFormed(xml))
        #expect(xml == """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>./index.html</loc></url>
              <url><loc>./old.html</loc><lastmod>2025-01-05</lastmod></url>
              <url><loc>./javascript%3Aalert%281%29.html</loc><lastmod>2026-03-01</lastmod></url>
              <url><loc>./undated.html</loc></url>
              <url><loc>./same%20day.html</loc><lastmod>2026-03-01</lastmod></url>
            </urlset>

            """)
    }

    @Test func withABaseURLTheSitemapIsAbsoluteAndAPagesOwnBaseWins() {
        var pages = Self.pages
        pages[2].baseURL = "https://mirror.example.net/x"
        let xml = SiteMap(pages: pages, config: SiteConfig(baseURL: "https://example.org/notes/")).render()
        #expect(xml.contains("<loc>https://example.org/notes/index.html</loc>"))
        #expect(xml.contains("<loc>https://example.org/notes/javascript%3Aalert%281%29.html</loc>"))
        #expect(xml.contains("<loc>https://mirror.example.net/x/undated.html</loc>"))
    }

    @Test func theFeedHasTheDatedPagesNewestFirstAndNothingElse() throws {
        let feed = AtomFeed(pages: Self.pages, config: SiteConfig(title: "Nets & notes"))
        #expect(feed.entries.map(\.title) == ["Hostile & odd", "Same day", "Old"])
        let xml = try #require(feed.render())
        #expect(Self.isWellFormed(xml))
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        #expect(xml.contains("<title>Nets &amp; notes</title>"))
        #expect(xml.contains("<updated>2026-03-01T00:00:00Z</updated>"))     // the newest page's date
        #expect(xml.contains("<author><name>Nets &amp; notes</name></author>"))
        #expect(xml.contains(#"<link rel="alternate" type="text/html" href="./javascript%3Aalert%281%29.html"/>"#))
        #expect(xml.contains("<id>urn:weave:page:javascript%3Aalert%281%29.html</id>"))
        #expect(xml.contains("<summary>About &lt;Hostile &amp; odd&gt;.</summary>"))
        #expect(!xml.contains("Undated"))
        #expect(!xml.contains("rel=\"self\""))       // no base URL, no address for the feed itself
        #expect(xml.components(separatedBy: "<entry>").count == 4)
    }

    @Test func withABaseURLTheFeedLinksAbsolutelyAndNamesItself() throws {
        let xml = try #require(AtomFeed(pages: Self.pages, config: SiteConfig(baseURL: "https://example.org/notes", author: "A. Author")).render())
        #expect(xml.contains("<id>https://example.org/notes/</id>"))
        #expect(xml.contains(#"<link rel="self" type="application/atom+xml" href="https://example.org/notes/feed.xml"/>"#))
        #expect(xml.contains(#"<link rel="alternate" type="text/html" href="https://example.org/notes/same%20day.html"/>"#))
        #expect(xml.contains("<author><name>A. Author</name></author>"))
    }

    @Test func aSiteWithoutDatesHasNoFeed() {
        #expect(AtomFeed(pages: [Self.pages[2]], config: SiteConfig()).render() == nil)
        #expect(AtomFeed(pages: [], config: SiteConfig()).render() == nil)
    }
}

@Suite struct PageMetadataTests {
    static let page = PageContent(
        fileName: "a b.html", title: "A \"title\"", summary: "Sum <up>.", sourcePath: "n/a.md", body: PageBody(rest: "<p>x</p>\n"),
        headings: [], date: "2026-11-28")

    @Test func withoutABaseURLThereIsNoCanonicalLinkAndNoImage() {
        let html = PageLayout().render(Self.page, previous: nil, next: nil)
        #expect(!html.contains("rel=\"canonical\""))
        #expect(!html.contains("og:url") && !html.contains("og:image") && !html.contains("twitter:image"))
        #expect(html.contains(#"<meta property="og:title" content="A &quot;title&quot;"/>"#))
        #expect(html.contains(#"<meta property="og:description" content="Sum &lt;up&gt;."/>"#))
        #expect(html.contains(#"<meta property="article:published_time" content="2026-11-28"/>"#))
        #expect(html.contains(#"<meta name="twitter:card" content="summary"/>"#))
        #expect(!html.contains("application/atom+xml"))
    }

    @Test func aBaseURLGivesCanonicalLinksAndAbsoluteImages() {
        var page = Self.page
        page.image = "figures/cover 1.png"
        let html = PageLayout(siteTitle: "S", baseURL: "https://example.org/n/", hasFeed: true).render(page, previous: nil, next: nil)
        #expect(html.contains(#"<link rel="canonical" href="https://example.org/n/a%20b.html"/>"#))
        #expect(html.contains(#"<meta property="og:url" content="https://example.org/n/a%20b.html"/>"#))
        #expect(html.contains(#"<meta property="og:image" content="https://example.org/n/figures/cover%201.png"/>"#))
        #expect(html.contains(#"<meta name="twitter:card" content="summary_large_image"/>"#))
        #expect(html.contains(#"<link rel="alternate" type="application/atom+xml" title="S" href="./feed.xml"/>"#))
        // The front matter's base URL wins over the site's; a full image URL is kept as written.
        page.baseURL = "https://other.example.net"
        page.image = "https://cdn.example.net/c.png"
        let own = PageLayout(siteTitle: "S", baseURL: "https://example.org/n/").render(page, previous: nil, next: nil)
        #expect(own.contains(#"<link rel="canonical" href="https://other.example.net/a%20b.html"/>"#))
        #expect(own.contains(#"<meta property="og:image" content="https://cdn.example.net/c.png"/>"#))
    }

    @Test func anImageWithoutABaseURLIsLinkedRelatively() {
        var page = Self.page
        page.image = "cover:1.png"
        let html = PageLayout().render(page, previous: nil, next: nil)
        #expect(html.contains(#"<meta property="og:image" content="./cover%3A1.png"/>"#))
    }
}
