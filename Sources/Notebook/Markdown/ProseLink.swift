import NotebookLanguage

/// A link or an image in a notebook's prose, located in the `.md` file.
///
/// ```markdown
/// See [the tutorial](bp.md#training) and ![the network](img/net.png).
/// ```
///
/// gives a link with destination `bp.md#training` and an image with destination `img/net.png`,
/// each located at its `[` (or `!`). weave rewrites local destinations (``ProseLinkResolver``).
struct ProseLink: Equatable, Sendable {
    /// Whether this is an image (`![…](…)`) rather than a link.
    var isImage: Bool
    /// The destination as cmark read it: backslash escapes and entities decoded, percent
    /// escapes kept.
    var destination: String
    /// Where the link starts.
    var location: SourceLocation
    /// Where the destination is written on the link's first line, when it is written there as
    /// it reads (else the link's start), and its length in scalars for the caret.
    var destinationLocation: SourceLocation
    var destinationLength: Int
}

extension ProseLink {
    /// The links of `outline` (parsed from `source` with its front matter blanked), located in it.
    static func links(of outline: CMarkOutline, in source: SourceText) -> [ProseLink] {
        outline.links.map { link in
            let column = source.scalarColumn(line: link.startLine, byteColumn: link.startByteColumn)
            let start = source.location(line: link.startLine, column: column)
            // The destination follows `](` after the start, on the same line when the author
            // wrote it so; a destination on a later line, in `<…>` or with escapes points at the `[`.
            let scalars = Array(source.line(link.startLine).unicodeScalars)
            let wanted = Array(("](" + link.destination).unicodeScalars)
            var found: Int?
            if !link.destination.isEmpty, column >= 1, column - 1 <= scalars.count - wanted.count {
                for offset in (column - 1)...(scalars.count - wanted.count)
                where scalars[offset..<offset + wanted.count].elementsEqual(wanted) {
                    found = offset + 2
                    break
                }
            }
            return ProseLink(
                isImage: link.isImage, destination: link.destination, location: start,
                destinationLocation: found.map { source.location(line: link.startLine, column: $0 + 1) } ?? start,
                destinationLength: found == nil ? 1 : max(1, link.destination.unicodeScalars.count))
        }
    }
}
