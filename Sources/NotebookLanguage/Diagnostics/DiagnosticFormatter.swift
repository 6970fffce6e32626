/// Turns diagnostics into the text authors read, compiler style:
///
/// ```
/// notebooks/bp.md:42:13: error: unknown activation 'tahn'
///    42 | net = network 2-4-2 hidden=tahn
///       |                            ^~~~ did you mean 'tanh'?
/// ```
///
/// This is the only place where a diagnostic becomes text. The caret and the underline are
/// placed by the cells a terminal draws (a Chinese character takes two), and a long line is cut
/// to at most ``width`` cells around the caret.
public struct DiagnosticFormatter: Sendable {
    /// The lines of each file, by the file name used in locations.
    public var sources: [String: [Substring]]

    public init(sources: [String: String] = [:]) {
        self.sources = sources.mapValues { text in
            // "\r\n" is one Character in Swift, so splitting at "\n" alone would keep a CRLF file whole.
            text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        }
    }

    /// The text for one diagnostic, ending in a newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        let hint = diagnostic.hint.map(Self.visible)
        var text = "\(Self.visible(location.description)): \(diagnostic.severity.rawValue): \(Self.visible(diagnostic.message))\n"
        guard let lines = sources[location.file], location.line >= 1, location.line <= lines.count else {
            if let hint { text += "  note: \(hint)\n" }
            return text
        }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: max(4, number.count + 1))
        let (shownLine, shownColumn) = Self.visible(lines[location.line - 1], column: location.column)
        let (sourceLine, column) = Self.window(shownLine, column: shownColumn)
        text += String(gutter.dropLast(number.count)) + number + " | " + sourceLine + "\n"
        let characters = Array(sourceLine)
        let before = characters.prefix(max(0, column - 1))
        let covered = characters.dropFirst(before.count).prefix(max(1, diagnostic.length))
        // Past the end of the line (a missing closing quote) each missing character is one cell.
        let underline = covered.reduce(0) { $0 + Self.cells($1) } + max(0, diagnostic.length - covered.count)
        let indent = String(repeating: " ", count: before.reduce(0) { $0 + Self.cells($1) })
        let marker = "^" + String(repeating: "~", count: max(0, min(underline, Self.width) - 1))
        text += gutter + " | " + indent + marker
        if let hint { text += " " + hint }
        text += "\n"
        return text
    }

    // MARK: - Showing what a terminal would act on

    /// `text` with every character a terminal or a bidirectional-text algorithm would act on
    /// shown as an escape (`\u{1B}`, `\u{202E}`): a notebook line with an escape sequence cannot
    /// recolour or clear the author's terminal, nor reorder what the diagnostic shows.
    static func visible(_ text: String) -> String {
        visible(Substring(text), column: 1).text
    }

    /// The shown form of a source line, tabs as single spaces, and `column` (1-based, in
    /// characters of `line`) moved to the same character in the shown form.
    static func visible(_ line: Substring, column: Int) -> (text: String, column: Int) {
        var shown = ""
        var shownColumn = column
        for (offset, character) in line.enumerated() {
            let replacement: String
            if character == "\t" {
                replacement = " "
            } else if character.unicodeScalars.contains(where: isActedOn) {
                replacement = character.unicodeScalars.map { scalar in
                    isActedOn(scalar) ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : String(scalar)
                }.joined()
            } else {
                shown.append(character)
                continue
            }
            if offset < column - 1 { shownColumn += replacement.count - 1 }
            shown += replacement
        }
        return (shown, shownColumn)
    }

    /// C0 and C1 controls (but the tab), DEL, and the bidirectional formatting characters.
    private static func isActedOn(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The most terminal cells of a source line shown; longer lines are cut around the column.
    static let width = 100

    /// The cells a terminal draws `character` in: two for East Asian Wide and Fullwidth
    /// characters, none for a lone combining mark, else one.
    static func cells(_ character: Character) -> Int {
        character.unicodeScalars.map(EastAsianText.cells).max() ?? 0
    }

    /// The part of a long line around `column` (1-based, in characters) that fits in ``width``
    /// cells, with "…" where it was cut, and the column within what is shown. The caret's
    /// character sits about a quarter of the way in.
    static func window(_ line: String, column: Int) -> (text: String, column: Int) {
        let characters = Array(line)
        let widths = characters.map(cells)
        guard widths.reduce(0, +) > width else { return (line, column) }
        let caret = min(max(0, column - 1), characters.count)
        var start = caret
        var lead = 0
        while start > 0, lead + widths[start - 1] <= width / 4 {
            start -= 1
            lead += widths[start]
        }
        var end = start
        var used = 0
        while end < characters.count, used + widths[end] <= width {
            used += widths[end]
            end += 1
        }
        // Near the end of the line, show more of what comes before instead.
        while end == characters.count, start > 0, used + widths[start - 1] <= width {
            start -= 1
            used += widths[start]
        }
        let head = start > 0 ? "…" : ""
        let tail = end < characters.count ? "…" : ""
        return (head + String(characters[start..<end]) + tail, column - start + head.count)
    }

    /// At most this many diagnostics are written out in full by `format(_:)` (a file that is not
    /// a notebook at all could otherwise bury the terminal); the rest are counted.
    public static let shownLimit = 50

    /// The text for several diagnostics, in source order: the first `shownLimit` in full, then
    /// how many more there are, and a closing count of errors.
    public func format(_ list: DiagnosticList) -> String {
        let all = list.diagnostics
        var text = all.prefix(Self.shownLimit).map(format).joined()
        if all.count > Self.shownLimit {
            let hidden = all.count - Self.shownLimit
            text += "… and \(hidden) more diagnostic\(hidden == 1 ? "" : "s") not shown\n"
        }
        let errors = all.filter { $0.severity == .error }.count
        if errors > 0 { text += "\(errors) error\(errors == 1 ? "" : "s")\n" }
        return text
    }
}
