extension ProseScanner {
    /// The text cmark renders: each span replaced by its token (a span over several lines joins
    /// them into its first line) and the first `blankLines` lines (the front matter) emptied, so
    /// that cmark never reads the YAML as Markdown.
    func rewrittenText(blankingFirst blankLines: Int) -> String {
        var output: [String] = []
        var current = ""
        var line = 1
        var column = 1
        func text(of number: Int, from start: Int, to end: Int? = nil) -> Substring {
            let scalars = source.line(number).unicodeScalars
            let lower = scalars.index(scalars.startIndex, offsetBy: start - 1, limitedBy: scalars.endIndex) ?? scalars.endIndex
            let upper = end.flatMap { scalars.index(scalars.startIndex, offsetBy: $0 - 1, limitedBy: scalars.endIndex) }
                ?? scalars.endIndex
            return number <= blankLines ? "" : Substring(scalars[lower..<max(lower, upper)])
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
