import Foundation
import TestSupport
@testable import Notebook

/// Building a scratch project's notebooks through its block cache, for the cache tests.
extension ScratchProject {
    var notebooks: String { path("notebooks") }
    var cache: BlockCache { BlockCache.beside(notebooksDirectory: notebooks) }

    /// The blocks that ran, as `name.md#index`.
    func ran(_ build: SiteBuild) -> [String] {
        build.ranBlocks.map { $0.replacingOccurrences(of: notebooks + "/", with: "") }
    }

    /// Builds every notebook through the cache (or without one).
    func build(cached: Bool = true, engineVersion: String = EngineVersion.current) throws -> SiteBuild {
        var builder = try SiteBuilder(notebooksDirectory: notebooks)
        builder.cache = cached ? BlockCache.beside(notebooksDirectory: notebooks, engineVersion: engineVersion) : nil
        return try builder.compile(selecting: nil)
    }
}
