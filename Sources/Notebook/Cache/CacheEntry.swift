import Foundation

/// A verified cache entry whose definitions are still JSON.
///
/// Rendering a cached block needs only its page items; its definitions (trained networks, loss
/// histories, datasets: most of an entry) matter only when a later block runs. Decoding them
/// lazily keeps an unchanged rebuild cheap.
///
/// ```swift
/// if let entry = cache.entry(for: key) {
///     render(entry.block.result.items)
///     interpreter.replay(BlockResult(definitions: try entry.definitions()))   // only if needed
/// }
/// ```
struct CacheEntry: Sendable {
    /// The block, with `result.definitions` empty.
    var block: CachedBlock
    let definitionsJSON: Data

    /// The names the block defined, decoded now.
    func definitions() throws -> [Definition] {
        try JSONDecoder().decode([Definition].self, from: definitionsJSON)
    }
}
