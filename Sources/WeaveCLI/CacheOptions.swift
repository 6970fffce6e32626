import ArgumentParser
import Notebook

/// `--no-cache`, shared by the commands that build.
struct CacheOptions: ParsableArguments {
    @Flag(name: .customLong("no-cache"), help: "Run every block, neither reading nor writing .weave-cache/.")
    var noCache = false

    /// The project's cache for a folder of notebooks, unless turned off.
    func cache(notebooksDirectory: String) -> BlockCache? {
        noCache ? nil : BlockCache.beside(notebooksDirectory: notebooksDirectory)
    }
}
