import Markup

/// `sitemap.xml`: the index and every page, with the front matter's date as `lastmod`.
///
/// Locations are absolute when a base URL is known (the page's front matter's, else
/// `weave.yml`'s), as the sitemap protocol wants; otherwise they stay relative (`./bp.html`),
/// which still lists every page for tools that read the file from the site.
///
/// ```xml
/// <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
///   <url><loc>https://example.org/notes/bp.html</loc><lastmod>2026-11-28</lastmod></url>
/// ```
struct SiteMap: Sendable {
    static let fileName = "sitemap.xml"

    /// Every page, in site order.
    var pages: [PageContent]
    var config: SiteConfig

    init(pages: [PageContent], config: SiteConfig) {
        self.pages = pages
        self.config = config
    }

    func render() -> String {
        var urls: [Node] = [url(location: config.baseURL.map { SiteURL.absolute("index.html", base: $0) }
                                    ?? SiteURL.relative("index.html"), date: nil)]
        for page in pages {
            urls.append(url(location: SiteURL.link(to: page.fileName, base: page.baseURL ?? config.baseURL),
                            date: page.date))
        }
        let root = Node.element("urlset", ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9"],
                                urls.map { Node.fragment([.text("\n  "), $0]) } + [.text("\n")])
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.render(.xml) + "\n"
    }

    private func url(location: String, date: String?) -> Node {
        var children: [Node] = [.element("loc", [.text(location)])]
        if let date { children.append(.element("lastmod", [.text(date)])) }
        return .element("url", children)
    }
}
