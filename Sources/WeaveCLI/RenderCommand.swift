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

/// `weave build [DIR]`: builds every notebook of a folder into a fresh site.
struct BuildCommand: ParsableCommand, WeaveRunnable {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build every notebook of a folder into the site, replacing it whole.",
        discussion: """
            The site is rendered in memory and moved into place only when every notebook \
            succeeded; a failed build leaves the previous site as it was.

            Examples:
              weave build
              weave build notebooks --out /tmp/site --no-cache
            """
    )

    @Argument(help: "The folder of notebooks.")
    var directory: String = "notebooks"

    @OptionGroup var options: SiteOptions

    @OptionGroup var cacheOptions: CacheOptions

    func execute(console: Console) -> Int32 {
        SiteCommandRunner(console: console, options: options, useCache: !cacheOptions.noCache)
            .build(directory: directory, selecting: nil)
    }
}

/// `weave check [DIR]`: rebuilds in memory and compares with the committed site.
struct CheckCommand: ParsableCommand, WeaveRunnable {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Rebuild the site in memory and compare it byte for byte with the one on disk.",
        discussion: """
            Lists every file that is missing, extra or changed, and exits with 1 if any is. \
            Runs every notebook's expectations, so it is the command for CI.

            Examples:
              weave check
              weave check notebooks --site site --quiet
            """
    )

    @Argument(help: "The folder of notebooks.")
    var directory: String = "notebooks"

    @Option(name: .long, help: "The committed site to compare with.")
    var site: String = "site"

    @Flag(name: .long, help: "Print only differences, errors and warnings: no progress, no summary.")
    var quiet = false

    @OptionGroup var cacheOptions: CacheOptions

    @Option(name: .long, help: "The most work one notebook may ask for, in samples × parameters × epochs.")
    var workLimit: Int = BuildLimits.defaultWork

    func execute(console: Console) -> Int32 {
        let runner = SiteCommandRunner(console: console, options: {
            var options = SiteOptions()
            options.out = site
            options.quiet = quiet
            options.workLimit = workLimit
            return options
        }(), useCache: !cacheOptions.noCache)
        return runner.check(directory: directory)
    }
}
