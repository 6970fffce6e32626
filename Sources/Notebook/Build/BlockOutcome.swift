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

/// A built site and what each block of it took.
public struct SiteBuild: Sendable {
    public var files: SiteFiles
    /// Every block of the notebooks built, in build order.
    public var blocks: [BlockOutcome]

    public init(files: SiteFiles, blocks: [BlockOutcome]) {
        self.files = files
        self.blocks = blocks
    }

    /// The blocks that ran, as `notebook#index`.
    public var ranBlocks: [String] { blocks.filter { !$0.isCached }.map(\.description) }

    /// The blocks whose results came from the cache, as `notebook#index`.
    public var cachedBlocks: [String] { blocks.filter(\.isCached).map(\.description) }
}
