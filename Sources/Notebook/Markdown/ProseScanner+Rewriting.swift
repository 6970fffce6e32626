extension ProseScanner {
    /// The text cmark renders: each span replaced by its token (a span over several lines joins
    /// them into its first line) and the first `blankLines` lines (the front matter) emptied, so
    /// that cmark never reads the YAML as Markdown.
    func rewrittenText(blankingFirst blankLines: Int) -> String {
        var output: [String] = []
        var current = ""
        var line = 1
        var column = 1
        // The scalars of the line being copied, taken once per line: offsetting into a String
        // from its start for every edit would be quadratic on a long line with many spans.
        var cachedNumber = 0
        var cachedScalars: [Unicode.Scalar] = []
        func text(of number: Int, from start: Int, to end: Int? = nil) -> String {
            guard number > blankLines else { return "" }
            if number != cachedNumber {
                cachedNumber = number
                cachedScalars = Array(source.line(number).unicodeScalars)
            }
            let lower = min(start - 1, cachedScalars.count)
            let upper = end.map { min($0 - 1, cachedScalars.count) } ?? cachedScalars.count
            return String(String.UnicodeScalarView(cachedScalars[lower..<max(lower, upper)]))
        }
        for edit in edits {
            while line < edit.startLine {
                output.append(current + text(of: line, from: column))
                current = ""
                line += 1
                column = 1
            }
            current += text(of: line, from: column, to: edit.startColumn) + edit.token
            line = edit.endLine
            column = edit.endColumn
        }
        while line <= source.lines.count {
            output.append(current + text(of: line, from: column))
            current = ""
            line += 1
            column = 1
        }
        return output.joined(separator: "\n")
    }
}
