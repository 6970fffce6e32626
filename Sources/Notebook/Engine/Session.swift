/// The values of one notebook, by name: what every block defined so far.
///
/// A later definition of a name replaces the earlier one (shadowing, as the checker allows).
/// Blocks change a session only through ``apply(_:)`` with their definitions, so a block cache
/// can replay a block's effect without running it.
///
/// ```swift
/// var session = Session()
/// session.apply([Definition(name: "data", value: .dataset(moons))])
/// session["data"]   // .dataset(moons)
/// ```
struct Session: Sendable {
    private var values: [String: SessionValue] = [:]

    init() {}

    subscript(name: String) -> SessionValue? { values[name] }

    /// The defined names, sorted.
    var names: [String] { values.keys.sorted() }

    /// Defines (or redefines) each name, in order.
    mutating func apply(_ definitions: [Definition]) {
        for definition in definitions { values[definition.name] = definition.value }
    }

    /// Forgets names whose defining statement failed, so no later statement uses an older value.
    mutating func remove(_ names: [String]) {
        for name in names { values[name] = nil }
    }
}
