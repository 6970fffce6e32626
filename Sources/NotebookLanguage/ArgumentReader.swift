/// Reads one statement's arguments against its signature, turning values into Swift types and
/// collecting a located diagnostic for everything wrong (it never stops at the first).
///
/// On creation it reports unknown keys, keys given twice and surplus positional arguments;
/// each typed accessor then reports a wrong type or an out-of-range value.
///
/// ```swift
/// var reader = ArgumentReader(statement, signature: signature)
/// let epochs = reader.required("epochs").flatMap { reader.wholeNumber($0, "'epochs'", in: .atLeast(1)) }
/// ```
struct ArgumentReader {
    let statement: Statement
    let signature: Signature
    var diagnostics: [Diagnostic] = []
    /// Names the statement uses, in order of first use.
    var reads: [String] = []
    private(set) var positionals: [Value] = []
    private var keyed: [String: Value] = [:]
    /// Layer keys of `network` (`w1`, `b2`), in the order written.
    private(set) var layerKeys: [(key: Statement.Word, value: Value)] = []

    /// `skipping` leading positionals already consumed (the kind word of `plot KIND`).
    init(_ statement: Statement, signature: Signature, skipping: Int = 0) {
        self.statement = statement
        self.signature = signature
        var seen: [String: Statement.Word] = [:]
        var skipped = 0
        for argument in statement.arguments {
            guard let key = argument.key else {
                if skipped < skipping { skipped += 1; continue }
                if positionals.count >= signature.positionals.upperBound {
                    diagnostics.append(.error(
                        at: argument.value.location, "unexpected argument '\(argument.value.text)'",
                        hint: "usage: \(signature.usage)", length: argument.value.length))
                } else {
                    positionals.append(argument.value)
                }
                continue
            }
            if let first = seen[key.text] {
                diagnostics.append(.error(
                    at: key.location, "'\(key.text)' is given twice",
                    hint: first.location.line == key.location.line
                        ? "it was first given at column \(first.location.column)"
                        : "it was first given on line \(first.location.line), column \(first.location.column)",
                    length: key.length))
                continue
            }
            seen[key.text] = key
            if signature.takesLayerKeys && Signature.isLayerKey(key.text) {
                layerKeys.append((key, argument.value))
            } else if signature.keys.contains(key.text) {
                keyed[key.text] = argument.value
            } else {
                let command = signature.displayName
                let hint = Suggestion.hint(for: key.text, in: signature.keys)
                    ?? (signature.keys.isEmpty ? "'\(command)' takes no keys" : nil)
                diagnostics.append(.error(at: key.location, "unknown key '\(key.text)' for '\(command)'",
                                          hint: hint, length: key.length))
            }
        }
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The value of `key`, if given.
    func optional(_ key: String) -> Value? { keyed[key] }

    /// The value of `key`, or an error at the command saying it is missing.
    mutating func required(_ key: String) -> Value? {
        if let value = keyed[key] { return value }
        let written = key == "on" || key == "to" ? "'\(key) …'" : "'\(key)='"
        error(at: statement.command.location, "'\(signature.displayName)' needs \(written)",
              hint: "usage: \(signature.usage)", length: statement.command.length)
        return nil
    }

    /// The positional argument at `index`, or an error naming what is missing.
    mutating func positional(_ index: Int, _ what: String) -> Value? {
        if index < positionals.count { return positionals[index] }
        error(at: statement.command.location, "'\(signature.displayName)' needs \(what)",
              hint: "usage: \(signature.usage)", length: statement.command.length)
        return nil
    }

    mutating func error(at location: SourceLocation, _ message: String, hint: String? = nil, length: Int = 1) {
        diagnostics.append(.error(at: location, message, hint: hint, length: length))
    }

    mutating func error(_ value: Value, _ message: String, hint: String? = nil) {
        error(at: value.location, message, hint: hint, length: value.length)
    }
}
