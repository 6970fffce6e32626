/// Finds the known name closest to a misspelt one, for "did you mean" hints.
///
/// Closeness is the optimal-string-alignment distance the nn language's ``Suggestion`` uses:
/// inserting, deleting or substituting a letter, or swapping two neighbours (`titel` → `title`),
/// each costs 1. Names in Markdown (block options, front-matter keys, figure labels) count as
/// close when the distance is at most a third of their length, and at least 1.
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
            let distance = Suggestion.editDistance(name.lowercased(), candidate.lowercased())
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
}
