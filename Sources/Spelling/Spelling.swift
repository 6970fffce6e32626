/// "Did you mean …?" for every part of weave: one distance and one rule for what counts as close.
///
/// The distance is the optimal-string-alignment distance, ignoring case: inserting, deleting or
/// substituting a character, or swapping two neighbours (`tahn` → `tanh`), costs one edit each. A
/// candidate is close to a word of n characters when it is at most max(1, min(3, n / 3)) edits
/// away: one edit for words of up to five characters, two up to eight, three beyond. The closest
/// candidate wins; among equals, the one closest with case counted (`\sigmaa` → `\sigma`, not
/// `\Sigma`), then the first in the order given.
///
/// ```swift
/// Spelling.nearest(to: "tahn", among: ["sigmoid", "tanh", "relu"])   // "tanh"
/// Spelling.didYouMean("captoin", among: ["hide", "caption"])         // "did you mean 'caption'?"
/// Spelling.distance("lable", "label")                                 // 1
/// ```
public enum Spelling {
    /// The candidate `word` most likely misspells, or nil when none is close. A candidate equal
    /// to `word` (exactly) is never offered.
    public static func nearest(to word: String, among candidates: [String]) -> String? {
        let allowed = allowedEdits(for: word)
        var best: (candidate: String, distance: Int, withCase: Int)?
        for candidate in candidates where candidate != word {
            let distance = distance(word, candidate)
            guard distance <= allowed, distance <= (best?.distance ?? .max) else { continue }
            let withCase = Self.distance(word, candidate, ignoringCase: false)
            if let best, (distance, withCase) >= (best.distance, best.withCase) { continue }
            best = (candidate, distance, withCase)
        }
        return best?.candidate
    }

    /// "did you mean 'x'?" for the nearest candidate, or nil.
    public static func didYouMean(_ word: String, among candidates: [String]) -> String? {
        nearest(to: word, among: candidates).map { "did you mean '\($0)'?" }
    }

    /// How many edits a word of `word`'s length may be from a candidate that is offered.
    public static func allowedEdits(for word: String) -> Int {
        max(1, min(3, word.count / 3))
    }

    /// The optimal-string-alignment distance between `a` and `b` (ignoring case unless asked),
    /// by dynamic programming over three rolling rows (d[i][j]: edits turning a's first i
    /// characters into b's first j).
    public static func distance(_ a: String, _ b: String, ignoringCase: Bool = true) -> Int {
        let a = Array(ignoringCase ? a.lowercased() : a), b = Array(ignoringCase ? b.lowercased() : b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)  // a swap of neighbours
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
