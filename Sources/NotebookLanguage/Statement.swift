/// One parsed statement: `[targets =] command arguments`, every part located.
///
/// ```swift
/// // `model = train net on data epochs=100 rate=0.1`
/// statement.targets.map(\.text)    // ["model"]
/// statement.command.text           // "train"
/// statement.arguments[1].key?.text // "on"
/// ```
public struct Statement: Hashable, Sendable {
    /// A word in a fixed place: a target, the command, a key.
    public struct Word: Hashable, Sendable {
        public var text: String
        public var location: SourceLocation
        public var length: Int { text.unicodeScalars.count }

        public init(_ text: String, at location: SourceLocation) {
            self.text = text
            self.location = location
        }
    }

    /// `value` alone (positional) or `key=value`; `on x` and `to x` read as keys `on` and `to`.
    public struct Argument: Hashable, Sendable {
        public var key: Word?
        public var value: Value

        public init(key: Word? = nil, value: Value) {
            self.key = key
            self.value = value
        }
    }

    /// The comparison of an `expect` statement: `expect left op right`.
    public struct Comparison: Hashable, Sendable {
        public var left: Value
        public var comparator: Comparator
        public var comparatorLocation: SourceLocation
        public var right: Value

        public init(left: Value, comparator: Comparator, at location: SourceLocation, right: Value) {
            self.left = left
            self.comparator = comparator
            self.comparatorLocation = location
            self.right = right
        }
    }

    public var targets: [Word]
    public var command: Word
    public var comparison: Comparison?
    public var arguments: [Argument]

    public init(targets: [Word], command: Word, comparison: Comparison? = nil, arguments: [Argument]) {
        self.targets = targets
        self.command = command
        self.comparison = comparison
        self.arguments = arguments
    }

    /// Where the statement starts: its first target, or its command.
    public var location: SourceLocation { targets.first?.location ?? command.location }
}
