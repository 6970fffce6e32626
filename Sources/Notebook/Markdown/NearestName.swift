/// Finds the known name closest to a misspelt one, for "did you mean" hints.
///
/// Closeness is the Levenshtein distance (insertions, deletions and substitutions each cost 1);
/// a name counts as close when at most a third of its letters (and at least one) differ.
///
/// ```swift
/// NearestName.suggestion(for: "captoin", among: ["hide", "caption"])  // "did you mean 'caption'?"
/// ```
enum NearestName {
    /// The closest candidate, the first in `candidates` order among equals, or nil.
    static func nearest(to name: String, among candidates: [String]) -> String? {
        let limit = max(1, name.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = levenshtein(Array(name.lowercased()), Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// The hint text for a misspelt name, or nil when nothing is close.
    static func suggestion(for name: String, among candidates: [String]) -> String? {
        nearest(to: name, among: candidates).map { "did you mean '\($0)'?" }
    }

    // d[i][j] = min(d[i-1][j] + 1, d[i][j-1] + 1, d[i-1][j-1] + (a[i] ≠ b[j])), one row at a time.
    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
