/// A checked inline value, `` `{nn} step.output[1] digits=4` ``: the number a reference has at
/// that point of the notebook, and how to write it.
///
/// ```swift
/// // `{nn} step.error digits=4`
/// InlineValueSpec(value: Reference(name: "step", path: [.field("error")]), format: .significant(4), location: at)
/// ```
public struct InlineValueSpec: Hashable, Sendable {
    /// How the number is written: trimmed to significant digits (the default, 10, as tables
    /// print numbers), or with a fixed number of decimals.
    public enum Format: Hashable, Sendable {
        /// `digits=N`: N significant digits, trailing zeros dropped (`0.3227`, `60`).
        case significant(Int)
        /// `decimals=N`: exactly N digits after the point (`0.50`).
        case decimals(Int)
    }

    public var value: Reference
    public var format: Format
    /// Where the reference starts in the `.md` file.
    public var location: SourceLocation

    public init(value: Reference, format: Format = .significant(10), location: SourceLocation) {
        self.value = value
        self.format = format
        self.location = location
    }

    /// The names it reads: the one its reference starts from.
    public var reads: [String] { [value.name] }
}

/// An inline value's text and where it stands among the notebook's blocks, for the checker.
public struct InlineValueSource: Hashable, Sendable {
    /// The text after `{nn}` and where it starts.
    public var line: BlockSource.Line
    /// How many nn blocks come before it: it sees the names they define.
    public var blocksBefore: Int

    public init(line: BlockSource.Line, blocksBefore: Int) {
        self.line = line
        self.blocksBefore = blocksBefore
    }
}
