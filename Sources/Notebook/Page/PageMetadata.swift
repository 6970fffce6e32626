import Markup

/// What a page tells link previews and search engines: its canonical address (only when a base
/// URL is known), Open Graph and Twitter card tags with its title and summary, and a picture only
/// when the author named one.
///
/// ```html
/// <link rel="canonical" href="https://example.org/notes/bp.html"/>
/// <meta property="og:type" content="article"/> <meta property="og:title" content="…"/> …
/// <meta name="twitter:card" content="summary"/> …
/// ```
struct PageMetadata {
    var siteTitle: String
    var title: String
    var summary: String?
    /// Open Graph's type: `article` for a notebook, `website` for the index.
    var type: String
    /// The page's absolute URL, when the site's base URL is known.
    var url: String?
    /// The picture's URL, as the page should link it.
    var image: String?
    /// `YYYY-MM-DD`, from the front matter.
    var date: String?

    func render() -> Node {
        var nodes: [Node] = []
        if let url { nodes.append(.element("link", ["rel": "canonical", "href": url], [])) }
        func property(_ name: String, _ content: String) {
            nodes.append(.element("meta", ["property": name, "content": content], []))
        }
        func named(_ name: String, _ content: String) {
            nodes.append(.element("meta", ["name": name, "content": content], []))
        }
        property("og:type", type)
        property("og:site_name", siteTitle)
        property("og:title", title)
        if let summary { property("og:description", summary) }
        if let url { property("og:url", url) }
        if let image { property("og:image", image) }
        if let date, type == "article" { property("article:published_time", date) }
        named("twitter:card", image == nil ? "summary" : "summary_large_image")
        named("twitter:title", title)
        if let summary { named("twitter:description", summary) }
        if let image { named("twitter:image", image) }
        return .fragment(nodes)
    }
}
