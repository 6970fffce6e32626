import NotebookLanguage

/// Finds math spans and `@fig:` references in a notebook's prose and replaces each by a
/// ``Placeholder`` token, before cmark sees the text.
///
/// Only prose is scanned: lines of code and HTML blocks (from a first cmark parse) and the front
/// matter are skipped, and so are backtick code spans, backslash escapes (`\$` is a literal
/// dollar) and autolinks. Spans never cross a blank line. The rules for `$` follow Pandoc: an
/// opening `$` is followed by a non-space, a closing `$` follows a non-space and is not followed
/// by a digit, so "costs $5 and $6" stays text. An inline span may continue on the next line of
/// its paragraph but never into a line where cmark starts a new block (`$a` then `# b$`); a
/// display span may, so that TeX lines such as `+ b` or `- c` do not end it. A backtick ends
/// the search for a closing `$`: code spans bind tighter than math (and a span hiding a backtick
/// could turn a line into a code fence that the first parse did not see).
struct ProseScanner {
    /// One replacement, in 1-based file coordinates (end exclusive).
    struct Edit {
        var startLine: Int, startColumn: Int
        var endLine: Int, endColumn: Int
        var token: String
    }

    let source: SourceText
    let placeholder: Placeholder
    let blockStarts: Set<Int>
    /// The figure labels the blocks define (`fig:数据图`), to end a reference in text written
    /// without spaces; ``labelLengths`` their lengths in scalars.
    let labels: Set<String>
    private let labelLengths: [Int]
    private(set) var math: [MathSpan] = []
    private(set) var references: [FigureReference] = []
    private(set) var edits: [Edit] = []

    /// Scans every prose line of `source`; `isVerbatim(line)` marks lines not to scan, and
    /// `blockStarts` the lines where a block starts (from a first cmark parse).
    init(source: SourceText, placeholder: Placeholder, blockStarts: Set<Int> = [], labels: Set<String> = [],
         isVerbatim: (Int) -> Bool) {
        self.source = source
        self.placeholder = placeholder
        self.blockStarts = blockStarts
        self.labels = labels
        labelLengths = Set(labels.map(\.unicodeScalars.count)).sorted(by: >)
        var paragraph: [Int] = []
        for number in 1...max(1, source.lines.count) {
            if isVerbatim(number) || Self.isBlank(source.line(number)) {
                scan(paragraph)
                paragraph = []
            } else {
                paragraph.append(number)
            }
        }
        scan(paragraph)
    }

    /// Lines with nothing but spaces and block-quote markers end a paragraph.
    static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == ">" }
    }

    // MARK: - One paragraph

    /// The paragraph's scalars joined by `\n`, and each scalar's file line and column.
    private struct Flat {
        var scalars: [Unicode.Scalar] = []
        var positions: [(line: Int, column: Int)] = []
    }

    private mutating func scan(_ lines: [Int]) {
        guard !lines.isEmpty else { return }
        var flat = Flat()
        for number in lines {
            if !flat.scalars.isEmpty {
                flat.scalars.append("\n")
                flat.positions.append((number - 1, source.line(number - 1).unicodeScalars.count + 1))
            }
            for (offset, scalar) in source.line(number).unicodeScalars.enumerated() {
                flat.scalars.append(scalar)
                flat.positions.append((number, offset + 1))
            }
        }
        let s = flat.scalars
        let startsBlock = { (j: Int) in blockStarts.contains(flat.positions[j + 1].line) }
        let closes = Closes(s, startsBlock: startsBlock)
        var i = 0
        while i < s.count {
            switch s[i] {
            case "\\":
                i += 2
            case "`":
                let run = Self.runLength(of: "`", in: s, at: i)
                i = closes.backtickRun(length: run, from: i + run).map { $0 + run } ?? i + run
            case "<":
                i = Self.autolinkEnd(in: s, at: i) ?? i + 1
            case "$" where i + 1 < s.count && s[i + 1] == "$":
                if let close = closes.display(from: i + 2) {
                    record(math: i + 2..<close, display: true, in: flat, span: i..<close + 2)
                    i = close + 2
                } else {
                    i += 2
                }
            case "$":
                // The next character is not `$` (that is the case above), so the first candidate
                // is never the opening `$` itself.
                let opensMath = i + 1 < s.count && !s[i + 1].properties.isWhitespace
                if opensMath, let close = closes.inline(from: i + 1) {
                    record(math: i + 1..<close, display: false, in: flat, span: i..<close + 1)
                    i = close + 1
                } else {
                    i += 1
                }
            case "@":
                i = recordReference(at: i, in: flat) ?? i + 1
            default:
                i += 1
            }
        }
    }

    static func runLength(of scalar: Unicode.Scalar, in s: [Unicode.Scalar], at start: Int) -> Int {
        var end = start
        while end < s.count, s[end] == scalar { end += 1 }
        return end - start
    }

    /// Past the `>` of an autolink such as `<https://a.org/$x$>` or `<me@fig:x>`, if one starts here.
    private static func autolinkEnd(in s: [Unicode.Scalar], at start: Int) -> Int? {
        var j = start + 1
        var hasSeparator = false
        while j < s.count {
            let scalar = s[j]
            if scalar == ">" { return hasSeparator && j > start + 1 ? j + 1 : nil }
            if scalar == "<" || scalar.properties.isWhitespace { return nil }
            if scalar == ":" || scalar == "@" { hasSeparator = true }
            j += 1
        }
        return nil
    }

    // MARK: - Recording

    private mutating func record(math content: Range<Int>, display: Bool, in flat: Flat, span: Range<Int>) {
        let s = flat.scalars
        let openingLine = flat.positions[span.lowerBound].line
        // Container markers on continuation lines are not TeX: drop indentation and as many `>`
        // as the opening line's block quotes have.
        let depth = source.line(openingLine).unicodeScalars
            .prefix { $0.properties.isWhitespace || $0 == ">" }.filter { $0 == ">" }.count
        var tex = String.UnicodeScalarView()
        var lineStarts: [SourceLocation] = []
        var j = content.lowerBound
        var isLineStart = true
        var markersLeft = depth
        while j < content.upperBound {
            let scalar = s[j]
            if isLineStart, !lineStarts.isEmpty, scalar == " " || scalar == "\t" || (scalar == ">" && markersLeft > 0) {
                if scalar == ">" { markersLeft -= 1 }
                j += 1
                continue
            }
            if isLineStart {
                lineStarts.append(source.location(line: flat.positions[j].line, column: flat.positions[j].column))
                isLineStart = false
            }
            tex.append(scalar)
            if scalar == "\n" {
                isLineStart = true
                markersLeft = depth
            }
            j += 1
        }
        if isLineStart {
            // Empty TeX, or a last line with nothing after its markers: it starts at the closing `$`.
            let end = flat.positions[content.upperBound]
            lineStarts.append(source.location(line: end.line, column: end.column))
        }
        let index = math.count
        let written = String(String.UnicodeScalarView(s[span]))
        math.append(MathSpan(index: index, isDisplay: display, tex: String(tex), lineStarts: lineStarts, sourceText: written))
        addEdit(span, in: flat, token: placeholder.token(.math, index))
    }

    /// Records `@fig:NAME` at `start` and returns the offset after it, or nil if there is none.
    ///
    /// An `@` after a letter or digit is part of a word (`me@fig:x`), except after a character
    /// of a script written without spaces (`见@fig:数据图`). The name runs over letters, digits,
    /// `_` and `-`; in such a script it ends where a defined label ends (`@fig:数据图中` refers to
    /// `fig:数据图` when that is a label), and a name no block defines is reported as it is.
    private mutating func recordReference(at start: Int, in flat: Flat) -> Int? {
        let s = flat.scalars
        if start > 0, s[start - 1].properties.isAlphabetic || s[start - 1].properties.numericType == .decimal,
           !EastAsianText.isWrittenWithoutSpaces(s[start - 1]) { return nil }
        let prefix: [Unicode.Scalar] = ["f", "i", "g", ":"]
        guard start + 5 <= s.count, Array(s[start + 1..<start + 5]) == prefix else { return nil }
        var end = start + 5
        while end < s.count, FigureReference.isNameScalar(s[end]) { end += 1 }
        while end > start + 5, s[end - 1] == "-" { end -= 1 }
        guard end > start + 5 else { return nil }
        end = labelEnd(in: s, from: start + 1, runEnd: end)
        let label = String(String.UnicodeScalarView(s[start + 1..<end]))
        let position = flat.positions[start]
        let location = source.location(line: position.line, column: position.column)
        references.append(FigureReference(index: references.count, label: label, location: location))
        addEdit(start..<end, in: flat, token: placeholder.token(.reference, references.count - 1))
        return end
    }

    /// Where the label starting at `labelStart` ends: `runEnd`, unless the run is no label and a
    /// shorter label ends between two characters of a script written without spaces (the longest
    /// such label wins). Only the lengths of defined labels are tried.
    private func labelEnd(in s: [Unicode.Scalar], from labelStart: Int, runEnd: Int) -> Int {
        let whole = String(String.UnicodeScalarView(s[labelStart..<runEnd]))
        guard !labels.contains(whole) else { return runEnd }
        for length in labelLengths where labelStart + length < runEnd {
            let end = labelStart + length
            guard EastAsianText.isWrittenWithoutSpaces(s[end - 1]), EastAsianText.isWrittenWithoutSpaces(s[end]) else { continue }
            if labels.contains(String(String.UnicodeScalarView(s[labelStart..<end]))) { return end }
        }
        return runEnd
    }

    private mutating func addEdit(_ span: Range<Int>, in flat: Flat, token: String) {
        let first = flat.positions[span.lowerBound]
        let last = flat.positions[span.upperBound - 1]
        edits.append(Edit(startLine: first.line, startColumn: first.column,
                          endLine: last.line, endColumn: last.column + 1, token: token))
    }
}
