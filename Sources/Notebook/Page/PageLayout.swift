import Markup

/// A link to another page of the site.
public struct PageLink: Equatable, Sendable {
    public var title: String
    public var href: String

    public init(title: String, href: String) {
        self.title = title
        self.href = href
    }
}

/// What one notebook's page shows, before the layout puts the site around it.
public struct PageContent: Equatable, Sendable {
    /// The page's file name in the site, e.g. `bp.html`.
    public var fileName: String
    public var title: String
    public var summary: String?
    /// The notebook's path as the author named it, shown in the footer.
    public var sourcePath: String
    /// The rendered prose and block results: markup weave produced (cmark's safe output).
    public var bodyHTML: String
    public var headings: [Heading]
    /// The first figure the page shows, for its preview on the index; nil when it has none or
    /// was not built in this run.
    public var firstFigure: RenderedFigure?
    /// The front matter's `date` (`YYYY-MM-DD`), `image` and `base_url`.
    public var date: String?
    public var image: String?
    public var baseURL: String?

    public init(
        fileName: String, title: String, summary: String?, sourcePath: String, bodyHTML: String,
        headings: [Heading], firstFigure: RenderedFigure? = nil, date: String? = nil, image: String? = nil,
        baseURL: String? = nil
    ) {
        self.fileName = fileName
        self.title = title
        self.summary = summary
        self.sourcePath = sourcePath
        self.bodyHTML = bodyHTML
        self.headings = headings
        self.firstFigure = firstFigure
        self.date = date
        self.image = image
        self.baseURL = baseURL
    }

    /// The path of the page's preview image in the site (`previews/bp.svg`), when it has one.
    public var previewPath: String? {
        guard firstFigure != nil else { return nil }
        let base = fileName.hasSuffix(".html") ? String(fileName.dropLast(5)) : fileName
        return "previews/" + base + ".svg"
    }
}

/// Puts the site around a page: head, header, table of contents, previous/next links, footer.
///
/// Every link is relative, so the site works from disk or from any static server. The page needs
/// no JavaScript; light and dark themes come from the stylesheet.
public struct PageLayout: Sendable {
    public var siteTitle: String
    /// Where the site is published (`weave.yml`'s `base_url`); pages whose front matter names
    /// none use it for their canonical link and absolute URLs.
    public var baseURL: String?
    /// Whether the site has an Atom feed (`feed.xml`) for pages to point to.
    public var hasFeed: Bool

    public init(siteTitle: String = "weave", baseURL: String? = nil, hasFeed: Bool = false) {
        self.siteTitle = siteTitle
        self.baseURL = baseURL
        self.hasFeed = hasFeed
    }

    /// The whole HTML document for a notebook page; `pages` (every page of the site, in order)
    /// make its navigation.
    public func render(
        _ page: PageContent, pages: [PageContent] = [], previous: PageLink?, next: PageLink?
    ) -> String {
        let body = Node.element("body", [
            header(),
            SiteNavigation(pages: pages).render(current: page),
            .element("main", [
                .element("article", ["class": "notebook"], bodyWithContents(page)),
                pager(previous: previous, next: next),
            ]),
            footer(source: page.sourcePath),
        ])
        let metadata = PageMetadata(
            siteTitle: siteTitle, title: page.title, summary: page.summary, type: "article",
            url: (page.baseURL ?? baseURL).map { SiteURL.absolute(page.fileName, base: $0) },
            image: page.image.map { image in
                SiteConfig.isWebURL(image) ? image
                    : (page.baseURL ?? baseURL).map { SiteURL.absolute(image, base: $0) } ?? SiteURL.relative(image)
            },
            date: page.date)
        return document(title: page.title + " · " + siteTitle, description: page.summary, metadata: metadata, body: body)
    }

    /// The index page: every notebook's title, summary and a preview of its first figure, in
    /// site order.
    public func renderIndex(_ pages: [PageContent]) -> String {
        let entries: [Node] = pages.map { page in
            var children: [Node] = []
            if let preview = page.previewPath, let figure = page.firstFigure {
                // A separate SVG file, not the figure inline: figures of different pages may use
                // the same ids, which must be unique within one page. The link repeats the
                // title's, so it is out of the tab order and hidden from screen readers.
                let size = FigurePreview.size(of: figure, width: 160)
                children.append(.element("a", [
                    "class": "preview", "href": SiteURL.relative(page.fileName), "tabindex": "-1", "aria-hidden": "true",
                ], [
                    .element("img", [
                        "src": SiteURL.relative(preview), "alt": "",
                        "width": String(size.width), "height": String(size.height),
                    ], []),
                ]))
            }
            children.append(.element("a", ["class": "notebook-title", "href": SiteURL.relative(page.fileName)], [.text(page.title)]))
            if let summary = page.summary {
                children.append(.element("p", [.text(summary)]))
            }
            return .element("li", children)
        }
        let body = Node.element("body", [
            header(),
            SiteNavigation(pages: pages).render(current: nil),
            .element("main", [
                .element("article", ["class": "index"], [
                    .element("h1", [.text(siteTitle)]),
                    .element("p", ["class": "lead"], [
                        .text("Notebooks about neural networks. Every number and figure on these pages was computed when the site was built."),
                    ]),
                    .element("ul", ["class": "notebooks"], entries),
                ]),
            ]),
            footer(source: nil),
        ])
        let metadata = PageMetadata(
            siteTitle: siteTitle, title: siteTitle, summary: Self.indexDescription, type: "website",
            url: baseURL.map { SiteURL.absolute("index.html", base: $0) }, image: nil, date: nil)
        return document(title: siteTitle, description: Self.indexDescription, metadata: metadata, body: body)
    }

    static let indexDescription = "Notebooks about neural networks"

    // MARK: - Parts

    private func document(title: String, description: String?, metadata: PageMetadata, body: Node) -> String {
        var head: [Node] = [
            .element("meta", ["charset": "utf-8"], []),
            .element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"], []),
            .element("meta", ["name": "color-scheme", "content": "light dark"], []),
            .element("meta", ["name": "generator", "content": "weave"], []),
            .element("title", [.text(title)]),
        ]
        if let description {
            head.append(.element("meta", ["name": "description", "content": description], []))
        }
        head.append(metadata.render())
        if hasFeed {
            head.append(.element("link", [
                "rel": "alternate", "type": "application/atom+xml", "title": siteTitle,
                "href": SiteURL.relative(AtomFeed.fileName),
            ], []))
        }
        head.append(.element("link", ["rel": "stylesheet", "href": SiteURL.relative(Stylesheet.fileName)], []))
        let html = Node.element("html", ["lang": "en"], [.element("head", head), body])
        return "<!DOCTYPE html>\n" + html.render() + "\n"
    }

    private func header() -> Node {
        .element("header", ["class": "site-header"], [
            .element("a", ["class": "site-title", "href": SiteURL.relative("index.html")], [.text(siteTitle)]),
        ])
    }

    /// The body with the table of contents placed after the page's leading `<h1>`, if it has one.
    private func bodyWithContents(_ page: PageContent) -> [Node] {
        let contents = tableOfContents(page.headings)
        let body = page.bodyHTML
        if body.hasPrefix("<h1"), let end = body.range(of: "</h1>\n") {
            return [.trusted(String(body[..<end.upperBound])), contents, .trusted(String(body[end.upperBound...]))]
        }
        return [contents, .trusted(body)]
    }

    private func tableOfContents(_ headings: [Heading]) -> Node {
        let entries = headings.filter { $0.level == 2 || $0.level == 3 }
        guard entries.count >= 2 else { return .fragment([]) }
        let items: [Node] = entries.map { heading in
            .element("li", ["class": "toc-level-\(heading.level)"], [
                .element("a", ["href": "#" + heading.id], [.text(heading.text)]),
            ])
        }
        return .element("nav", ["class": "toc", "aria-label": "Contents"], [
            .element("details", ["open": "open"], [
                .element("summary", [.text("Contents")]),
                .element("ol", items),
            ]),
        ])
    }

    private func pager(previous: PageLink?, next: PageLink?) -> Node {
        guard previous != nil || next != nil else { return .fragment([]) }
        var links: [Node] = []
        if let previous {
            links.append(.element("a", ["class": "previous", "rel": "prev", "href": previous.href], [
                .element("span", ["class": "pager-label"], [.text("Previous")]), .text(previous.title),
            ]))
        }
        if let next {
            links.append(.element("a", ["class": "next", "rel": "next", "href": next.href], [
                .element("span", ["class": "pager-label"], [.text("Next")]), .text(next.title),
            ]))
        }
        return .element("nav", ["class": "pager", "aria-label": "Pages"], links)
    }

    private func footer(source: String?) -> Node {
        var text = "Built by weave"
        if let source { text += " from " + source }
        text += ". Every number and figure was computed at build time; no JavaScript."
        return .element("footer", ["class": "site-footer"], [.element("p", [.text(text)])])
    }
}
