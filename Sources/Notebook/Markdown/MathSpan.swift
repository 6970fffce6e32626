import NotebookLanguage

/// One piece of TeX in a notebook's prose: `$…$` (inline) or `$$…$$` (display).
///
/// The TeX is exactly what the author wrote between the dollars (`\\`, `\,`, `_` and `*` are
/// untouched), except that on continuation lines of a span inside a block quote or list the
/// container's `>` markers and indentation are removed. ``lineStarts`` keeps where each TeX line
/// begins in the file, so a converter can locate an error at any offset.
///
/// ```swift
/// // "Loss $E = \tfrac12 (t - o)^2$." on line 3
/// span.tex                             // "E = \tfrac12 (t - o)^2"
/// span.location                        // bp.md:3:7
/// span.location(atScalarOffset: 4)     // bp.md:3:11, the backslash
/// ```
struct MathSpan: Equatable, Sendable {
    /// Position among the document's math spans, from 0 in document order.
    var index: Int
    /// `true` for `$$…$$`.
    var isDisplay: Bool
    /// The TeX between the delimiters.
    var tex: String
    /// Where each line of ``tex`` starts in the file; the first is ``location``.
    var lineStarts: [SourceLocation]
    /// The span as written, delimiters included (for fallbacks such as a table of contents).
    var sourceText: String

    init(index: Int, isDisplay: Bool, tex: String, lineStarts: [SourceLocation], sourceText: String) {
        precondition(!lineStarts.isEmpty, "a math span starts somewhere")
        self.index = index
        self.isDisplay = isDisplay
        self.tex = tex
        self.lineStarts = lineStarts
        self.sourceText = sourceText
    }

    /// Where the TeX text starts in the file (just after the opening delimiter).
    var location: SourceLocation { lineStarts[0] }

    /// The file location of the scalar at `offset` (counted in Unicode scalars) in ``tex``.
    func location(atScalarOffset offset: Int) -> SourceLocation {
        var line = 0
        var column = 0
        for scalar in tex.unicodeScalars.prefix(max(0, offset)) {
            if scalar == "\n", line + 1 < lineStarts.count {
                line += 1
                column = 0
            } else {
                column += 1
            }
        }
        var location = lineStarts[line]
        location.column += column
        return location
    }
}
