/// Whether a build ran a block or took its result from the cache.
///
/// ```swift
/// let build = try builder.compile(selecting: nil)
/// build.blocks.filter(\.isCached).count   // blocks reused
/// build.ranBlocks                        // ["notebooks/bp.md#3"]
/// ```
public struct BlockOutcome: Hashable, Sendable, CustomStringConvertible {
    /// The notebook's display path.
    public var notebook: String
    /// The block's index among the notebook's nn blocks, from 0.
    public var index: Int
    public var isCached: Bool

    public init(notebook: String, index: Int, isCached: Bool) {
        self.notebook = notebook
        self.index = index
        self.isCached = isCached
    }

    /// `notebooks/bp.md#3`.
    public var description: String { "\(notebook)#\(index)" }
}
