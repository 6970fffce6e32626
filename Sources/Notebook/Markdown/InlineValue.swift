import NotebookLanguage

/// A computed value in a notebook's prose: `` `{nn} step.output[1] digits=4` ``, a code span
/// whose text starts with `{nn}` and a space, in running text or inside `$…$` and `$$…$$`.
///
/// The page shows the number the reference has at that point of the notebook (after the
/// blocks above it), formatted as the options say; the Markdown layer only finds and locates it.
///
/// ```swift
/// // "the error is `{nn} step.error digits=4`." on line 9
/// value.expression   // "step.error digits=4"
/// value.location     // bp.md:9:20, the 's' of 'step'
/// value.mathIndex    // nil: in text; inside $…$ the index of that math span
/// ```
struct InlineValue: Equatable, Sendable {
    /// Position among the document's inline values, from 0 in document order.
    var index: Int
    /// The text after `{nn}`, spaces around it removed: a reference and its options.
    var expression: String
    /// Where ``expression`` starts (or, when it is empty, the closing backtick).
    var location: SourceLocation
    /// The ``MathSpan/index`` of the span it sits in; nil in text.
    var mathIndex: Int?
    /// The code span as written, backticks included.
    var sourceText: String

    init(index: Int, expression: String, location: SourceLocation, mathIndex: Int?, sourceText: String) {
        self.index = index
        self.expression = expression
        self.location = location
        self.mathIndex = mathIndex
        self.sourceText = sourceText
    }

    /// The word that marks a code span as an inline value.
    static let marker: [Unicode.Scalar] = ["{", "n", "n", "}"]

    /// Whether a code span whose text is `s[start..<end]` is an inline value: it starts with
    /// `{nn}` and a space, a tab or a line break (`` `{nn}` `` alone is code, so prose can name
    /// the marker).
    static func isMarked(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        guard end - start > marker.count, Array(s[start..<start + marker.count]) == marker else { return false }
        let after = s[start + marker.count]
        return after == " " || after == "\t" || after == "\n"
    }
}

/// Where an inline value sits inside a math span's TeX.
struct MathValueSlot: Equatable, Sendable {
    /// The ``InlineValue/index`` of the value.
    var value: Int
    /// The value's code span in ``MathSpan/tex``, in scalar offsets.
    var range: Range<Int>

    init(value: Int, range: Range<Int>) {
        self.value = value
        self.range = range
    }
}
