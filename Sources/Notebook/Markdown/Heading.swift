/// A heading of a notebook, for the page's table of contents and for links.
///
/// ```swift
/// // "## The backward pass" then "## The backward pass" again
/// headings.map(\.id)    // ["the-backward-pass", "the-backward-pass-2"]
/// ```
struct Heading: Equatable, Sendable {
    /// 1 to 6.
    var level: Int
    /// The heading's plain text; math and references appear as written (`$E$`, `@fig:x`).
    var text: String
    /// The `id` of the heading's element: a slug of `text`, unique in the document.
    var id: String

    init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }

    /// Ids for heading texts in document order: lowercase letters and digits, other runs of
    /// spaces and hyphens become one `-`, other characters are dropped; a repeated slug gets
    /// `-2`, `-3`, … in order. A heading with no letters or digits is `section`.
    ///
    /// Slugs in the forms weave gives other elements of a page (``reservedPrefixes``, and the
    /// `bN-` keys of figures and their SVG ids) get `section-` in front, so a heading's id never
    /// equals a cell's, a figure's or a clip path's: `## fig-a` beside `label=fig:a` is `section-fig-a`.
    static func makeIDs(for texts: [String]) -> [String] {
        var used: Set<String> = []
        // Where each base's search for a free suffix goes on: every suffix tried before is still
        // taken, so starting again from 2 would only be quadratic in the number of repeats.
        var nextCounter: [String: Int] = [:]
        return texts.map { text in
            var base = slug(text)
            if isReservedForOtherElements(base) { base = "section-" + base }
            var id = base
            var counter = nextCounter[base] ?? 2
            while used.contains(id) {
                id = "\(base)-\(counter)"
                counter += 1
            }
            nextCounter[base] = counter
            used.insert(id)
            return id
        }
    }

    /// The prefixes of the ids weave writes for cells (`cell-3`), labelled and numbered figures
    /// (`fig-name`, `fig-2`, `figure-b3-0`) and the page's navigation.
    static let reservedPrefixes = ["cell-", "fig-", "figure-", "nav-", "toc-"]

    /// Whether `id` has the form of an id weave gives something other than a heading; figure keys
    /// and the SVG ids derived from them start with `b` and the block's number (`b3-0-clip-0`).
    static func isReservedForOtherElements(_ id: String) -> Bool {
        if reservedPrefixes.contains(where: id.hasPrefix) { return true }
        guard id.hasPrefix("b") else { return false }
        let digits = id.dropFirst().prefix { ("0"..."9").contains($0) }
        return !digits.isEmpty && id.dropFirst(1 + digits.count).hasPrefix("-")
    }

    static func slug(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingHyphen, !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.append(character)
            } else if character.isWhitespace || character == "-" || character == "_" {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
