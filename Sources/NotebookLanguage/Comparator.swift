/// How `expect` compares a value with the expected one.
///
/// ```swift
/// Comparator(rawValue: ">=")  // .greaterOrEqual
/// ```
public enum Comparator: String, Hashable, Sendable, CaseIterable {
    /// Equal within a tolerance.
    case equal = "="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}
