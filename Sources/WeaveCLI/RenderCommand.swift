import ArgumentParser
import Foundation
import Notebook

/// `weave FILE.md…`: builds the pages of the given notebooks (and the index) into the site,
/// leaving the other pages as they are.
struct RenderCommand: ParsableCommand, WeaveRunnable {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Build the pages of the given notebooks (the default command).",
        discussion: """
            Writes each notebook's page and the index into the site, leaving the other pages as \
            they are. With no files, builds every notebook under notebooks/, like `weave build`.

            Examples:
              weave notebooks/bp.md
              weave render notebooks/bp.md --out /tmp/site --no-cache
            """
    )

    @Argument(help: "Notebook files (.md), all in one folder.")
    var files: [String] = []

    @OptionGroup var options: SiteOptions

    @OptionGroup var cacheOptions: CacheOptions

    func execute(console: Console) -> Int32 {
        guard !files.isEmpty else {
            return SiteCommandRunner(console: console, options: options, useCache: !cacheOptions.noCache)
                .build(directory: "notebooks", selecting: nil)
        }
        let folders = Set(files.map { ($0 as NSString).deletingLastPathComponent })
        guard folders.count == 1, let folder = folders.first else {
            console.err("error: the notebooks of one site live in one folder; got files from \(folders.sorted().joined(separator: ", "))\n")
            return 2
        }
        let names = files.map { ($0 as NSString).lastPathComponent }
        return SiteCommandRunner(console: console, options: options, useCache: !cacheOptions.noCache)
            .build(directory: folder.isEmpty ? "." : folder, selecting: names)
    }
}
