/// Finds the known name closest to a misspelt one, for "did you mean" hints.
///
/// Closeness is the optimal-string-alignment distance: inserting, deleting or substituting a
/// letter, or swapping two neighbours (`titel` → `title`), each costs 1. A name counts as close
/// when the distance is at most a third of its length, and at least 1.
///
/// ```swift
/// NearestName.suggestion(for: "captoin", among: ["hide", "caption"])  // "did you mean 'caption'?"
/// ```
enum NearestName {
    /// The closest candidate (the first in `candidates` order among equals), or nil.
    static func nearest(to name: String, among candidates: [String]) -> String? {
        let limit = max(1, name.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = distance(Array(name.lowercased()), Array(candidate.lowercased()))
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

    // d[i][j] = min(d[i-1][j] + 1, d[i][j-1] + 1, d[i-1][j-1] + (a[i] ≠ b[j]),
    //               d[i-2][j-2] + 1 when a[i], a[i-1] are b[j-1], b[j] swapped)
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
