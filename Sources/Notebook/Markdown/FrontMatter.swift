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
/// date: 2026-11-28
/// image: figures/cover.png
/// base_url: https://example.github.io/notes/
/// lang: zh-CN
/// ---
/// ```
struct FrontMatter: Equatable, Sendable {
    /// The page title; when absent the document uses its first level-1 heading.
    var title: String?
    /// One sentence for the site's index page.
    var summary: String?
    /// Position on the site's index page (smaller first).
    var order: Int?
    /// Whether raw HTML in the prose reaches the page (`raw_html: true`); off by default.
    var allowsRawHTML: Bool
    /// The day the notebook was published, `YYYY-MM-DD`: puts the page in the site's feed and
    /// gives the sitemap its date. Never taken from a clock.
    var date: String?
    /// The picture for social previews (Open Graph, Twitter cards): an `http`/`https` URL, or a
    /// path relative to the site. Without it, previews show no picture.
    var image: String?
    /// Where this page's site is published, when it differs from `weave.yml`'s `base_url`.
    var baseURL: String?
    /// The page's language (`lang: zh-CN`, BCP 47; English by default): the page's `<html lang>`
    /// and the words weave writes on it.
    var language: PageLanguage

    init(
        title: String? = nil, summary: String? = nil, order: Int? = nil, allowsRawHTML: Bool = false,
        date: String? = nil, image: String? = nil, baseURL: String? = nil,
        language: PageLanguage = .english
    ) {
        self.title = title
        self.summary = summary
        self.order = order
        self.allowsRawHTML = allowsRawHTML
        self.date = date
        self.image = image
        self.baseURL = baseURL
        self.language = language
    }

    /// The keys a front matter block may contain, in the order the documentation lists them.
    static let knownKeys = ["title", "summary", "order", "raw_html", "date", "image", "base_url", "lang"]

    /// Whether `text` is a day of the Gregorian calendar written `YYYY-MM-DD`.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month) else { return false }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// Whether `text` may name a social-preview image: an `http`/`https` URL, or a relative path
    /// inside the site (no scheme, no leading `/`, no `..`).
    static func isImageReference(_ text: String) -> Bool {
        if SiteConfig.isWebURL(text) { return true }
        let firstPart = text.split(separator: "/", maxSplits: 1).first ?? ""
        return !firstPart.contains(":") && SiteFiles.isSafeRelativePath(text)
    }
}
