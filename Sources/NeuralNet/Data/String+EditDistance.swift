extension String {
    /// The optimal-string-alignment distance to `other`, ignoring case: insertions, deletions,
    /// substitutions and swaps of two neighbouring characters (`lable` → `label`) cost one each.
    func editDistance(to other: String) -> Int {
        let a = Array(lowercased()), b = Array(other.lowercased())
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // The dynamic-programming table, row i holding the distances from a's first i characters.
        var table = [[Int]](repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                var best = Swift.min(table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1),
                                     table[i - 1][j] + 1, table[i][j - 1] + 1)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = Swift.min(best, table[i - 2][j - 2] + 1)
                }
                table[i][j] = best
            }
        }
        return table[a.count][b.count]
    }

    /// The candidate a misspelling most likely meant: the closest one (the first of equals), if it
    /// is within a third of the longer name's length (at least 1 edit, at most 3).
    func closest(among candidates: [String]) -> String? {
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(to: candidate)
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = Swift.min(3, Swift.max(1, Swift.max(count, best.name.count) / 3))
        return best.distance <= allowed ? best.name : nil
    }
}
