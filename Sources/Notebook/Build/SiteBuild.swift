/// A built site and what each block of it took.
///
/// ```swift
/// var builder = try SiteBuilder(notebooksDirectory: "notebooks")
/// builder.cache = BlockCache.beside(notebooksDirectory: "notebooks")
/// let build = try builder.compile(selecting: nil)
/// build.ranBlocks      // ["notebooks/bp.md#7"]: only the edited plot ran
/// build.files          // the site, as `build(selecting:)` returns it
/// ```
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
