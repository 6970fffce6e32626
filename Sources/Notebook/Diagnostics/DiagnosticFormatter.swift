/// Turns diagnostics into the text authors read, compiler style:
///
/// ```
/// notebooks/bp.md:42:13: error: unknown activation 'tahn'
///    42 | net = network 2-4-2 hidden=tahn
///       |                            ^~~~ did you mean 'tanh'?
/// ```
///
/// This is the only place where a diagnostic becomes text.
public struct DiagnosticFormatter: Sendable {
    /// The lines of each file, by the file name used in locations.
    public var sources: [String: [Substring]]

    public init(sources: [String: String] = [:]) {
        self.sources = sources.mapValues { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasSuffix("\r") ? line.dropLast() : line
            }
        }
    }

    /// The text for one diagnostic, ending in a newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        var text = "\(location): \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
        guard let lines = sources[location.file], location.line >= 1, location.line <= lines.count else {
            if let hint = diagnostic.hint { text += "  note: \(hint)\n" }
            return text
        }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: max(4, number.count + 1))
        let sourceLine = lines[location.line - 1].replacingTabs()
        text += String(gutter.dropLast(number.count)) + number + " | " + sourceLine + "\n"
        let indent = String(repeating: " ", count: max(0, location.column - 1))
        let marker = "^" + String(repeating: "~", count: diagnostic.length - 1)
        text += gutter + " | " + indent + marker
        if let hint = diagnostic.hint { text += " " + hint }
        text += "\n"
        return text
    }

    /// The text for several diagnostics, in source order, with a closing count of errors.
    public func format(_ list: DiagnosticList) -> String {
        var text = list.diagnostics.map(format).joined()
        let errors = list.diagnostics.filter { $0.severity == .error }.count
        if errors > 0 { text += "\(errors) error\(errors == 1 ? "" : "s")\n" }
        return text
    }
}

extension Substring {
    /// Tabs become single spaces so the caret lines up with the column count.
    fileprivate func replacingTabs() -> String {
        String(self.map { $0 == "\t" ? " " : $0 })
    }
}
