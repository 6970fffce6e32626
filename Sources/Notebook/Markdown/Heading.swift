/// A heading of a notebook, for the page's table of contents and for links.
///
/// ```swift
/// // "## The backward pass" then "## The backward pass" again
/// headings.map(\.id)    // ["the-backward-pass", "the-backward-pass-2"]
/// ```
public struct Heading: Equatable, Sendable {
    /// 1 to 6.
    public var level: Int
    /// The heading's plain text; math and references appear as written (`$E$`, `@fig:x`).
    public var text: String
    /// The `id` of the heading's element: a slug of `text`, unique in the document.
    public var id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }

    /// Ids for heading texts in document order: lowercase letters and digits, other runs of
    /// spaces and hyphens become one `-`, other characters are dropped; a repeated slug gets
    /// `-2`, `-3`, … in order. A heading with no letters or digits is `section`.
    static func makeIDs(for texts: [String]) -> [String] {
        var used: Set<String> = []
        // Where each base's search for a free suffix goes on: every suffix tried before is still
        // taken, so starting again from 2 would only be quadratic in the number of repeats.
        var nextCounter: [String: Int] = [:]
        return texts.map { text in
            let base = slug(text)
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
