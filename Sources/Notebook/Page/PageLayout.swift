import Markup

/// A link to another page of the site.
struct PageLink: Equatable, Sendable {
    var title: String
    var href: String
    /// The linked page's language, when it may differ from the linking page's.
    var language: PageLanguage?

    init(title: String, href: String, language: PageLanguage? = nil) {
        self.title = title
        self.href = href
        self.language = language
    }
}

/// What one notebook's page shows, before the layout puts the site around it.
struct PageContent: Equatable, Sendable {
    /// The page's file name in the site, e.g. `bp.html`.
    var fileName: String
    var title: String
    var summary: String?
    /// The notebook's path as the author named it, shown in the footer.
    var sourcePath: String
    /// The rendered prose and block results, the title heading apart: markup weave produced
    /// (cmark's safe output).
    var body: PageBody
    var headings: [Heading]
    /// The first figure the page shows, for its preview on the index; nil when it has none or
    /// was not built in this run.
    var firstFigure: RenderedFigure?
    /// A preview already in the site, for a page a partial build did not run: its path and the
    /// size it is shown at on the index.
    var keptPreview: KeptPreview?

    struct KeptPreview: Equatable, Sendable {
        var path: String
        var width: Int
        var height: Int
    }
    /// The front matter's `date` (`YYYY-MM-DD`), `image` and `base_url`.
    var date: String?
    var image: String?
    var baseURL: String?
    /// The front matter's `lang`: the page's `<html lang>` and interface words.
    var language: PageLanguage
    /// The same notebook in other languages (see ``Editions``), in site order.
    var editions: [PageLink]

    init(
        fileName: String, title: String, summary: String?, sourcePath: String, body: PageBody,
        headings: [Heading], firstFigure: RenderedFigure? = nil, date: String? = nil, image: String? = nil,
        baseURL: String? = nil, language: PageLanguage = .english, editions: [PageLink] = []
    ) {
        self.fileName = fileName
        self.title = title
        self.summary = summary
        self.sourcePath = sourcePath
        self.body = body
        self.headings = headings
        self.firstFigure = firstFigure
        self.date = date
        self.image = image
        self.baseURL = baseURL
        self.language = language
        self.editions = editions
    }

    /// The path of the page's preview image in the site (`previews/bp.svg`), when it has one.
    var previewPath: String? {
        firstFigure == nil ? nil : previewFileName
    }

    /// Where the page's preview lives in the site, whether or not this build draws one.
    var previewFileName: String {
        let base = fileName.hasSuffix(".html") ? String(fileName.dropLast(5)) : fileName
        return "previews/" + base + ".svg"
    }
}

/// Puts the site around a page: head, header, table of contents, previous/next links, footer.
///
/// Every link is relative, so the site works from disk or from any static server. The page needs
/// no JavaScript; light and dark themes come from the stylesheet.
struct PageLayout: Sendable {
    var siteTitle: String
    /// Where the site is published (`weave.yml`'s `base_url`); pages whose front matter names
    /// none use it for their canonical link and absolute URLs.
    var baseURL: String?
    /// Whether the site has an Atom feed (`feed.xml`) for pages to point to.
    var hasFeed: Bool

    init(siteTitle: String = "weave", baseURL: String? = nil, hasFeed: Bool = false) {
        self.siteTitle = siteTitle
        self.baseURL = baseURL
        self.hasFeed = hasFeed
    }

    /// The whole HTML document for a notebook page; `pages` (every page of the site, in order)
    /// make its navigation.
    func render(
        _ page: PageContent, pages: [PageContent] = [], previous: PageLink?, next: PageLink?
    ) -> String {
        let words = page.language.words
        let body = Node.element("body", [
            header(),
            SiteNavigation(pages: pages, language: page.language).render(current: page),
            .element("main", [
                editionLinks(page),
                .element("article", ["class": "notebook"], bodyWithContents(page)),
                pager(previous: previous, next: next, language: page.language),
            ]),
            footer(source: page.sourcePath, words: words),
        ])
        let metadata = PageMetadata(
            siteTitle: siteTitle, title: page.title, summary: page.summary, type: "article",
            url: (page.baseURL ?? baseURL).map { SiteURL.absolute(page.fileName, base: $0) },
            image: page.image.map { image in
                SiteConfig.isWebURL(image) ? image
                    : (page.baseURL ?? baseURL).map { SiteURL.absolute(image, base: $0) } ?? SiteURL.relative(image)
            },
            date: page.date)
        return document(title: page.title + " · " + siteTitle, description: page.summary, metadata: metadata,
                        language: page.language, body: body)
    }

    /// The index page: every notebook's title, summary and a preview of its first figure, in
    /// site order.
    func renderIndex(_ pages: [PageContent]) -> String {
        let entries: [Node] = pages.map { page in
            var children: [Node] = []
            let preview = page.previewPath.flatMap { path in
                page.firstFigure.map { (path: path, size: FigurePreview.size(of: $0, width: 160)) }
            } ?? page.keptPreview.map { (path: $0.path, size: (width: $0.width, height: $0.height)) }
            if let (preview, size) = preview {
                // A separate SVG file, not the figure inline: figures of different pages may use
                // the same ids, which must be unique within one page. The link repeats the
                // title's, so it is out of the tab order and hidden from screen readers.
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
            // An entry in another language says so, for fonts, voices and hyphenation.
            return page.language.tag == Self.indexLanguage.tag ? .element("li", children)
                : .element("li", ["lang": page.language.tag], children)
        }
        let words = Self.indexLanguage.words
        let body = Node.element("body", [
            header(),
            SiteNavigation(pages: pages, language: Self.indexLanguage).render(current: nil),
            .element("main", [
                .element("article", ["class": "index"], [
                    .element("h1", [.text(siteTitle)]),
                    .element("p", ["class": "lead"], [
                        .text(words.indexLead),
                    ]),
                    .element("ul", ["class": "notebooks"], entries),
                ]),
            ]),
            footer(source: nil, words: words),
        ])
        let metadata = PageMetadata(
            siteTitle: siteTitle, title: siteTitle, summary: words.indexDescription, type: "website",
            url: baseURL.map { SiteURL.absolute("index.html", base: $0) }, image: nil, date: nil)
        return document(title: siteTitle, description: words.indexDescription, metadata: metadata,
                        language: Self.indexLanguage, body: body)
    }

    /// The index page's language: it lists every edition, each entry marked with its own.
    static let indexLanguage = PageLanguage.english

    // MARK: - Parts

    private func document(title: String, description: String?, metadata: PageMetadata, language: PageLanguage,
                          body: Node) -> String {
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
        let html = Node.element("html", ["lang": language.tag], [.element("head", head), body])
        return "<!DOCTYPE html>\n" + html.render() + "\n"
    }

    private func header() -> Node {
        .element("header", ["class": "site-header"], [
            .element("a", ["class": "site-title", "href": SiteURL.relative("index.html")], [.text(siteTitle)]),
        ])
    }

    /// The body with the table of contents placed after the page's title heading, if it has one.
    private func bodyWithContents(_ page: PageContent) -> [Node] {
        let contents = tableOfContents(page.headings, words: page.language.words)
        guard let title = page.body.title else { return [contents, .trusted(page.body.rest)] }
        return [title, .text("\n"), contents, .trusted(page.body.rest)]
    }

    private func tableOfContents(_ headings: [Heading], words: InterfaceWords) -> Node {
        let entries = headings.filter { $0.level == 2 || $0.level == 3 }
        guard entries.count >= 2 else { return .fragment([]) }
        let items: [Node] = entries.map { heading in
            .element("li", ["class": "toc-level-\(heading.level)"], [
                .element("a", ["href": SiteURL.fragment(heading.id)], [.text(heading.text)]),
            ])
        }
        return .element("nav", ["class": "toc", "aria-label": words.contents], [
            .element("details", ["open": "open"], [
                .element("summary", [.text(words.contents)]),
                .element("ol", items),
            ]),
        ])
    }

    private func pager(previous: PageLink?, next: PageLink?, language: PageLanguage) -> Node {
        guard previous != nil || next != nil else { return .fragment([]) }
        let words = language.words
        var links: [Node] = []
        if let previous {
            links.append(.element("a", ["class": "previous", "rel": "prev", "href": previous.href], [
                .element("span", ["class": "pager-label"], [.text(words.previous)]),
                Self.title(of: previous, on: language),
            ]))
        }
        if let next {
            links.append(.element("a", ["class": "next", "rel": "next", "href": next.href], [
                .element("span", ["class": "pager-label"], [.text(words.next)]),
                Self.title(of: next, on: language),
            ]))
        }
        return .element("nav", ["class": "pager", "aria-label": words.pages], links)
    }

    /// A linked page's title, marked with its language when that is not the page's.
    static func title(of link: PageLink, on language: PageLanguage) -> Node {
        guard let other = link.language, other.tag != language.tag else { return .text(link.title) }
        return .element("span", ["lang": other.tag], [.text(link.title)])
    }

    /// Links to the page's other editions, each named in its own language (`中文`, `English`).
    private func editionLinks(_ page: PageContent) -> Node {
        guard !page.editions.isEmpty else { return .fragment([]) }
        let links: [Node] = page.editions.compactMap { edition in
            guard let language = edition.language else { return nil }
            return .element("a", ["href": edition.href, "hreflang": language.tag, "lang": language.tag, "rel": "alternate"],
                            [.text(language.words.languageName)])
        }
        return .element("nav", ["class": "editions", "aria-label": page.language.words.otherEditions], links)
    }

    private func footer(source: String?, words: InterfaceWords) -> Node {
        let text = source.map { words.fill(words.footerWithSource, $0) } ?? words.footer
        return .element("footer", ["class": "site-footer"], [.element("p", [.text(text)])])
    }
}
