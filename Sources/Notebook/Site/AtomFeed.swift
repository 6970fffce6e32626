import Markup

/// `feed.xml`: an Atom feed of the pages whose front matter gives a `date`, newest first.
///
/// Every date comes from the front matter, never from a clock, so the feed is as reproducible as
/// the pages; pages without a date are left out, and a site with no dated page has no feed.
/// Links are absolute when a base URL is known, else relative to the feed (`./bp.html`); ids are
/// the absolute URLs, or `urn:weave:page:NAME` without one.
///
/// ```xml
/// <feed xmlns="http://www.w3.org/2005/Atom"><title>weave</title><updated>2026-11-28T00:00:00Z</updated>…
///   <entry><title>Back-propagation…</title><link rel="alternate" href="./bp.html"/>…</entry>
/// ```
struct AtomFeed: Sendable {
    static let fileName = "feed.xml"

    /// Every page, in site order; only dated ones are entries.
    var pages: [PageContent]
    var config: SiteConfig

    init(pages: [PageContent], config: SiteConfig) {
        self.pages = pages
        self.config = config
    }

    /// The dated pages, newest first (site order among pages of one day).
    var entries: [PageContent] {
        pages.enumerated()
            .filter { $0.element.date != nil }
            .sorted { ($0.element.date ?? "", -$0.offset) > ($1.element.date ?? "", -$1.offset) }
            .map(\.element)
    }

    /// The feed, or nil when no page has a date.
    func render() -> String? {
        let entries = entries
        guard let newest = entries.first?.date else { return nil }
        var children: [Node] = [
            .element("title", [.text(config.title)]),
            .element("subtitle", [.text(PageLayout.indexLanguage.words.indexDescription)]),
            .element("id", [.text(config.baseURL.map { SiteURL.absolute("", base: $0) } ?? "urn:weave:site")]),
            .element("updated", [.text(Self.timestamp(newest))]),
            .element("author", [.element("name", [.text(config.author ?? config.title)])]),
            .element("generator", [.text("weave")]),
            .element("link", ["rel": "alternate", "type": "text/html",
                              "href": SiteURL.link(to: "index.html", base: config.baseURL)], []),
        ]
        if let base = config.baseURL {
            children.append(.element("link", ["rel": "self", "type": "application/atom+xml",
                                              "href": SiteURL.absolute(Self.fileName, base: base)], []))
        }
        for page in entries {
            let base = page.baseURL ?? config.baseURL
            var entry: [Node] = [
                .element("title", [.text(page.title)]),
                .element("id", [.text(base.map { SiteURL.absolute(page.fileName, base: $0) }
                                      ?? "urn:weave:page:" + SiteURL.percentEncoded(page.fileName))]),
                .element("updated", [.text(Self.timestamp(page.date ?? newest))]),
                .element("published", [.text(Self.timestamp(page.date ?? newest))]),
                .element("link", ["rel": "alternate", "type": "text/html",
                                  "href": SiteURL.link(to: page.fileName, base: base)], []),
            ]
            if let summary = page.summary { entry.append(.element("summary", [.text(summary)])) }
            children.append(.element("entry", entry))
        }
        let feed = Node.element("feed", ["xmlns": "http://www.w3.org/2005/Atom"],
                                children.map { Node.fragment([.text("\n  "), $0]) } + [.text("\n")])
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + feed.render(.xml) + "\n"
    }

    /// A front matter date as an Atom (RFC 3339) timestamp: midnight UTC of that day.
    static func timestamp(_ date: String) -> String { date + "T00:00:00Z" }
}
