/// The settings at the top of a notebook, in an optional YAML block between `---` lines.
///
/// Every key is optional; an unknown key is an error (with a did-you-mean hint), so a typo never
/// silently drops a setting.
///
/// ```markdown
/// ---
/// title: Back-propagation, step by step
/// summary: One forward pass, one backward pass, by hand and by weave.
/// order: 2
/// raw_html: false
/// ---
/// ```
public struct FrontMatter: Equatable, Sendable {
    /// The page title; when absent the document uses its first level-1 heading.
    public var title: String?
    /// One sentence for the site's index page.
    public var summary: String?
    /// Position on the site's index page (smaller first).
    public var order: Int?
    /// Whether raw HTML in the prose reaches the page (`raw_html: true`); off by default.
    public var allowsRawHTML: Bool

    public init(title: String? = nil, summary: String? = nil, order: Int? = nil, allowsRawHTML: Bool = false) {
        self.title = title
        self.summary = summary
        self.order = order
        self.allowsRawHTML = allowsRawHTML
    }

    /// The keys a front matter block may contain, in the order the documentation lists them.
    static let knownKeys = ["title", "summary", "order", "raw_html"]
}
