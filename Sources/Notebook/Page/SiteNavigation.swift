import Markup

/// The navigation on every page: each notebook's title, linked, in site order, and under the
/// current one its sections (level-2 headings).
///
/// It needs no script: a visually hidden checkbox and its label open and close the list on
/// narrow screens; the stylesheet shows it as a column on wide ones (`Stylesheet.navigationCSS`).
///
/// ```html
/// <nav class="site-nav" aria-label="Notebooks">
///   <input type="checkbox" id="site-nav-toggle" class="site-nav-toggle"/>
///   <label for="site-nav-toggle" class="site-nav-label">Notebooks</label>
///   <ol class="site-nav-list"><li><a class="current" href="./bp.html">…</a><ol class="site-nav-sections">…
/// ```
struct SiteNavigation {
    /// Every page of the site, in order.
    var pages: [PageContent]
    /// The language of the page the navigation is on: its words, and which titles need a `lang`.
    var language: PageLanguage = .english

    /// The navigation for `current` (nil on the index), or nothing for a site without pages.
    func render(current: PageContent?) -> Node {
        guard !pages.isEmpty else { return .fragment([]) }
        let items: [Node] = pages.map { page in
            let isCurrent = page.fileName == current?.fileName
            // A class, not aria-current: the HTML checker CI runs (tidy) rejects that attribute.
            let link: KeyValuePairs<String, String> = isCurrent
                ? ["class": "current", "href": SiteURL.relative(page.fileName)]
                : ["href": SiteURL.relative(page.fileName)]
            let title: Node = page.language.tag == language.tag ? .text(page.title)
                : .element("span", ["lang": page.language.tag], [.text(page.title)])
            var children: [Node] = [.element("a", link, [title])]
            if isCurrent, let current {
                let sections = current.headings.filter { $0.level == 2 }
                if !sections.isEmpty {
                    children.append(.element("ol", ["class": "site-nav-sections"], sections.map { heading in
                        .element("li", [.element("a", ["href": SiteURL.fragment(heading.id)], [.text(heading.text)])])
                    }))
                }
            }
            return .element("li", children)
        }
        return .element("nav", ["class": "site-nav", "aria-label": language.words.notebooks], [
            .element("input", ["type": "checkbox", "id": "site-nav-toggle", "class": "site-nav-toggle"], []),
            .element("label", ["for": "site-nav-toggle", "class": "site-nav-label"], [.text(language.words.notebooks)]),
            .element("ol", ["class": "site-nav-list"], items),
        ])
    }
}
