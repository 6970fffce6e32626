import NotebookLanguage

/// What running one block produced: its page outputs, its diagnostics and the names it defined.
///
/// `items` are shown on the page in order. `diagnostics` are for the build's report: an error
/// (a failed expectation, an unreadable CSV file) fails the build; a warning (a diverged
/// training) does not, and also appears on the page as a `.note` item. `definitions` are the
/// block's whole effect on the session, with `failedNames`.
///
/// ```swift
/// let result = interpreter.run(block, index: 3)
/// result.hasErrors        // false
/// result.definitions.map(\.name)   // ["net", "model"]
/// ```
struct BlockResult: Equatable, Sendable {
    var items: [OutputItem]
    var diagnostics: [Diagnostic]
    var definitions: [Definition]
    /// Names whose defining statement failed: from now on they are undefined.
    var failedNames: [String]

    init(items: [OutputItem] = [], diagnostics: [Diagnostic] = [], definitions: [Definition] = [],
                failedNames: [String] = []) {
        self.items = items
        self.diagnostics = diagnostics
        self.definitions = definitions
        self.failedNames = failedNames
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The figures, in order.
    var figures: [RenderedFigure] {
        items.compactMap { if case .figure(let figure) = $0 { figure } else { nil } }
    }

    /// The tables, in order.
    var tables: [DataTable] {
        items.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }
}
