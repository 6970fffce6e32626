/// A name a block defined and its value.
///
/// ```swift
/// result.definitions.map(\.name)   // ["net", "model"]
/// ```
public struct Definition: Equatable, Sendable {
    public var name: String
    public var value: SessionValue

    public init(name: String, value: SessionValue) {
        self.name = name
        self.value = value
    }
}
