import NotebookLanguage

/// A build that stopped because of what notebooks say: every diagnostic, with the sources needed
/// to print them with their lines and carets.
public struct BuildFailure: Error, Sendable {
    public var diagnostics: DiagnosticList
    /// Notebook (and data file) texts by display path, for ``DiagnosticFormatter``.
    public var sources: [String: String]

    public init(diagnostics: [Diagnostic], sources: [String: String]) {
        self.diagnostics = DiagnosticList(diagnostics)
        self.sources = sources
    }

    /// The diagnostics as authors read them.
    public var formatted: String {
        DiagnosticFormatter(sources: sources).format(diagnostics)
    }
}
