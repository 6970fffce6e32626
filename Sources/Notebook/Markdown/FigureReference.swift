import NotebookLanguage

/// An `@fig:NAME` reference in a notebook's prose.
///
/// ```swift
/// // "as @fig:moons shows" on line 7
/// reference.label      // "fig:moons", as in the block option label=fig:moons
/// reference.location   // bp.md:7:4, the '@'
/// ```
struct FigureReference: Equatable, Sendable {
    /// Position among the document's references, from 0 in document order.
    var index: Int
    /// The label referred to, `fig:` included.
    var label: String
    /// Where the `@` is.
    var location: SourceLocation

    init(index: Int, label: String, location: SourceLocation) {
        self.index = index
        self.label = label
        self.location = location
    }

    /// The reference as written (`@fig:NAME`).
    var sourceText: String { "@" + label }

    /// Label names: letters and digits of any script, `_` and `-`, not ending in `-`.
    static func isValidName(_ name: Substring) -> Bool {
        guard let last = name.unicodeScalars.last, last != "-" else { return false }
        return name.unicodeScalars.allSatisfy(isNameScalar)
    }

    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal || scalar == "_" || scalar == "-"
    }
}
