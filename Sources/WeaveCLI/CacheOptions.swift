import ArgumentParser
import Foundation
import Notebook

/// `--no-cache`, shared by the commands that build.
struct CacheOptions: ParsableArguments {
    @Flag(name: .customLong("no-cache"), help: "Run every block, neither reading nor writing .weave-cache/.")
    var noCache = false

    /// The project's cache for a folder of notebooks: its entries belong to this engine version
    /// and this build of weave.
    static func projectCache(notebooksDirectory: String) -> BlockCache {
        BlockCache.beside(notebooksDirectory: notebooksDirectory,
                          engineVersion: EngineVersion.current + "; " + ExecutableStamp.current)
    }
}
