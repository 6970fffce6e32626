extension Array {
    /// The element at `index`, or nil past either end; the parser looks ahead without bounds checks.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
