import ArgumentParser
import Foundation
import Notebook

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
