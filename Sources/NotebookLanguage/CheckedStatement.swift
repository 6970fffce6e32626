/// A statement that passed the checker: its typed command, its targets, and what it depends on.
///
/// `reads` are the names it uses, `defines` its targets, `files` the files it reads (a CSV's
/// path, relative to the notebook) and `writes` the files it writes: enough for a block cache
/// to decide what must run again.
///
/// ```swift
/// // `model = train net on data epochs=10 rate=0.1`
/// statement.reads    // ["net", "data"]
/// statement.defines  // ["model"]
/// ```
public struct CheckedStatement: Hashable, Sendable {
    public var command: Command
    /// The target names, in order (two for `split`).
    public var defines: [String]
    public var reads: [String]
    public var files: [String]
    public var writes: [String]
    public var location: SourceLocation

    public init(command: Command, defines: [String] = [], reads: [String] = [], files: [String] = [],
                writes: [String] = [], location: SourceLocation) {
        self.command = command
        self.defines = defines
        self.reads = reads
        self.files = files
        self.writes = writes
        self.location = location
    }
}
