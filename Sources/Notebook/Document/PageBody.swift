import Markup

/// A notebook page's body as rendered from its Markdown: the title heading it opens with, if
/// any, apart from the rest, so the layout can set the table of contents between them without
/// searching the HTML.
///
/// ```swift
/// let body = document.body(blockHTML: figures)
/// body.title   // the `<h1 id="…">` element of `# Back-propagation`, or nil
/// body.html    // the whole body, title first
/// ```
struct PageBody: Equatable, Sendable {
    /// The level-1 heading the notebook starts with (its inline HTML made by cmark), or nil.
    var title: Node?
    /// Everything after the title: cmark's safe output with the engine's HTML in place.
    var rest: String

    init(title: Node? = nil, rest: String = "") {
        self.title = title
        self.rest = rest
    }

    /// The whole body as one HTML text, the title on its own line.
    var html: String {
        (title.map { $0.render() + "\n" } ?? "") + rest
    }
}
