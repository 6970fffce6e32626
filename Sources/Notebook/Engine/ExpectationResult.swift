/// The outcome of one `expect` statement.
///
/// ```swift
/// result.statement   // "t.output[1] = 0.7987 ± 1e-09"
/// result.actual      // 0.7987314002
/// result.hasPassed
/// ```
struct ExpectationResult: Hashable, Sendable {
    /// The comparison as the author wrote it, with its tolerance.
    var statement: String
    var actual: Double
    var hasPassed: Bool

    init(statement: String, actual: Double, hasPassed: Bool) {
        self.statement = statement
        self.actual = actual
        self.hasPassed = hasPassed
    }
}
