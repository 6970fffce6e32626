/// The kinds of GitHub-style alerts: a block quote whose first line is `[!NOTE]`, `[!TIP]`,
/// `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` is shown as a callout with a heading in the
/// page's language.
///
/// ```markdown
/// > [!TIP]
/// > Train for longer before you change the rate.
/// ```
///
/// The marker is found on cmark's tree (``CMarkDocument``), never by reading the text again:
/// the text a block quote's first paragraph starts with, up to its first line break.
enum ProseAlert: String, CaseIterable, Sendable {
    case note, tip, important, warning, caution

    /// The kind a marker names: `[!NOTE]` (any case, as GitHub reads it), spaces around it
    /// allowed; nil for anything else.
    init?(marker: String) {
        let trimmed = marker.trimmingSpaces()
        guard trimmed.hasPrefix("[!"), trimmed.hasSuffix("]"), trimmed.count > 3 else { return nil }
        self.init(rawValue: String(trimmed.dropFirst(2).dropLast()).lowercased())
    }

    /// The callout's heading in `words`' language.
    func title(in words: InterfaceWords) -> String {
        switch self {
        case .note: words.noteAlert
        case .tip: words.tipAlert
        case .important: words.importantAlert
        case .warning: words.warningAlert
        case .caution: words.cautionAlert
        }
    }

    /// `role="note"` for all: each is a remark beside the text, not an interruption (a warning
    /// on a page read at leisure is no `alert`, which screen readers announce at once).
    static let role = "note"
}

private extension String {
    func trimmingSpaces() -> Substring {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
