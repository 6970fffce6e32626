/// A message about a notebook, located in its source: an error stops the build, a warning does not.
///
/// Messages are one lowercase phrase that states the rule (`unknown activation 'tahn'`); the
/// `hint` is the likely fix (`did you mean 'tanh'?`). ``DiagnosticFormatter`` prints them.
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Sendable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var hint: String?
    /// How many columns the caret marker spans (at least 1).
    public var length: Int

    public init(
        _ severity: Severity = .error, at location: SourceLocation, _ message: String,
        hint: String? = nil, length: Int = 1
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.length = max(1, length)
    }

    public static func error(
        at location: SourceLocation, _ message: String, hint: String? = nil, length: Int = 1
    ) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint, length: length)
    }

    public static func warning(
        at location: SourceLocation, _ message: String, hint: String? = nil, length: Int = 1
    ) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint, length: length)
    }
}

/// Every diagnostic of one run, thrown together so an author sees all errors at once.
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
