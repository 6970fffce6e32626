import Spelling

/// The hint for a misspelt word of the nn language: "did you mean 'x'?" when a candidate is close
/// (``Spelling``'s one rule), else the list of choices when it is short.
///
/// ```swift
/// Suggestion.hint(for: "tahn", in: ["sigmoid", "tanh", "relu"])   // "did you mean 'tanh'?"
/// Suggestion.hint(for: "xyz", in: ["a", "b"])                      // "expected one of: a, b"
/// ```
public enum Suggestion {
    public static func hint(for word: String, in candidates: [String]) -> String? {
        if let hint = Spelling.didYouMean(word, among: candidates) { return hint }
        if candidates.isEmpty { return nil }
        if candidates.count <= 8 { return "expected one of: " + candidates.joined(separator: ", ") }
        return nil
    }
}
