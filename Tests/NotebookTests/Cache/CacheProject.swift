import Foundation
@testable import Notebook

/// A temporary project (`notebooks/` and `.weave-cache/`) for cache tests.
struct CacheProject {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("weave-cache-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("notebooks"), withIntermediateDirectories: true)
        // Marks the project's root, where the cache lives.
        try Data().write(to: root.appendingPathComponent("weave.yml"))
    }

    var notebooks: String { root.appendingPathComponent("notebooks").path }
    var cache: BlockCache { BlockCache.beside(notebooksDirectory: notebooks) }

    /// The blocks that ran, as `name.md#index`.
    func ran(_ build: SiteBuild) -> [String] {
        build.ranBlocks.map { $0.replacingOccurrences(of: notebooks + "/", with: "") }
    }

    func write(_ relative: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(relative))
    }

    func delete(_ relative: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(relative))
    }

    /// Builds every notebook through the cache (or without one).
    func build(cached: Bool = true, engineVersion: String = EngineVersion.current) throws -> SiteBuild {
        var builder = try SiteBuilder(notebooksDirectory: notebooks)
        builder.cache = cached ? BlockCache.beside(notebooksDirectory: notebooks, engineVersion: engineVersion) : nil
        return try builder.compile(selecting: nil)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
