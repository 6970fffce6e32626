import ArgumentParser
import Foundation
import Notebook

/// `weave clean [DIR]`: removes the block cache of the project whose notebooks are in DIR.
struct CleanCommand: ParsableCommand, WeaveRunnable {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Remove the block cache (.weave-cache/ in the project's root).",
        discussion: """
            The next build runs every block again. The site is left as it is.

            Example:
              weave clean
            """
    )

    @Argument(help: "The folder of notebooks.")
    var directory: String = "notebooks"

    func execute(console: Console) -> Int32 {
        let cache = BlockCache.beside(notebooksDirectory: directory)
        do {
            let path = cache.directory.path
            console.err(try cache.clear() ? "removed \(path)\n" : "no cache at \(path)\n")
            return 0
        } catch {
            console.err("error: cannot remove \(cache.directory.path): \(error.localizedDescription)\n")
            return 1
        }
    }
}
