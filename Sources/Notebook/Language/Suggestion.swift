/// "Did you mean …?" for a misspelt word: the nearest candidate by edit distance.
///
/// The distance counts insertions, deletions, substitutions and swaps of two neighbouring
/// letters (optimal string alignment), so `tahn` is one edit from `tanh`. A candidate is offered
/// only when it is close: one edit for words of up to three letters, two for longer ones.
///
/// ```swift
/// Suggestion.closest(to: "tahn", in: ["sigmoid", "tanh", "relu"])  // "tanh"
/// Suggestion.hint(for: "xyz", in: ["a", "b"])                      // "expected one of: a, b"
/// ```
public enum Suggestion {
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let limit = word.count <= 3 ? 1 : 2
        var best: (word: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.word
    }

    /// "did you mean 'x'?", or the list of choices when it is short and nothing is close.
    public static func hint(for word: String, in candidates: [String]) -> String? {
        if let closest = closest(to: word, in: candidates) { return "did you mean '\(closest)'?" }
        if candidates.isEmpty { return nil }
        if candidates.count <= 8 { return "expected one of: " + candidates.joined(separator: ", ") }
        return nil
    }

    /// Optimal string alignment distance, by dynamic programming over two rows plus one.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
