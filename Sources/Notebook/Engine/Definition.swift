/// A name a block defined and its value.
///
/// ```swift
/// result.definitions.map(\.name)   // ["net", "model"]
/// ```
struct Definition: Equatable, Sendable {
    var name: String
    var value: SessionValue

    init(name: String, value: SessionValue) {
        self.name = name
        self.value = value
    }
}
