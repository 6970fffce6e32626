import ArgumentParser
import Foundation
import Notebook

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
