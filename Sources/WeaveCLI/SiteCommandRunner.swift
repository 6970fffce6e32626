import Foundation
import Notebook

/// The work behind `weave`, `weave build` and `weave check`: build, then write or compare.
struct SiteCommandRunner {
    let console: Console
    let options: SiteOptions
    /// False for `--no-cache`; by default blocks are cached in the project's `.weave-cache/`.
    var useCache = true

    /// Builds the notebooks of `directory` (all, or the named files) and writes the site.
    ///
    /// An `--out` that would destroy something (the notebooks, the project, a folder weave did not
    /// write) is refused before anything is built: exit status 2.
    func build(directory: String, selecting names: [String]?) -> Int32 {
        do {
            try Self.validateOut(options.out, notebooksDirectory: directory)
        } catch {
            console.err("error: \(error)\n")
            return 2
        }
        // A site set aside by a build killed mid-swap comes back first, whatever this build does.
        SiteWriter(directory: URL(fileURLWithPath: options.out)).recoverInterruptedSwap()
        return run(directory: directory, selecting: names) { build, usesCache in
            let writer = SiteWriter(directory: URL(fileURLWithPath: options.out))
            if names == nil {
                try writer.replaceAll(with: build.files)
            } else {
                try writer.update(with: build.files)
            }
            if !options.quiet {
                if usesCache {
                    console.err("\(build.ranBlocks.count) blocks ran, \(build.cachedBlocks.count) from the cache\n")
                }
                console.err("wrote \(build.files.paths.count) files to \(options.out)/\n")
            }
            return 0
        }
    }

    /// Refuses an output folder that is, or contains, the notebooks, the project root or the
    /// current folder, or that holds files weave did not write.
    static func validateOut(_ out: String, notebooksDirectory: String) throws(SiteDestination.Refusal) {
        try SiteDestination.validate(out: out, protecting: [
            .init(path: notebooksDirectory, role: "the folder of notebooks"),
            .init(path: ProjectRoot.find(notebooksDirectory: notebooksDirectory).path,
                  role: "the project folder"),
        ])
    }

    /// Rebuilds the site in memory and compares it with the one in `options.out`.
    func check(directory: String) -> Int32 {
        run(directory: directory, selecting: nil) { build, _ in
            let committed = try SiteFiles.read(from: URL(fileURLWithPath: options.out))
            let comparison = SiteComparison(expected: build.files, actual: committed)
            if comparison.isIdentical {
                if !options.quiet {
                    console.err("\(options.out)/ is up to date: \(build.files.paths.count) files identical\n")
                }
                return 0
            }
            for difference in comparison.differences {
                console.out(difference.description + "\n")
            }
            console.err("error: \(options.out)/ differs from a fresh build in \(comparison.differences.count) file(s); run `weave build` and commit the result\n")
            return 1
        }
    }

    /// Builds with progress, the cache and the work limit, then hands the result to `finish`;
    /// notebook errors and I/O errors become messages and exit status 1.
    private func run(
        directory: String, selecting names: [String]?,
        finish: (_ build: SiteBuild, _ usesCache: Bool) throws -> Int32
    ) -> Int32 {
        let progress = ProgressPrinter(console: console, isQuiet: options.quiet)
        do {
            var builder = try SiteBuilder(notebooksDirectory: directory)
            builder.cache = useCache ? CacheOptions.projectCache(notebooksDirectory: directory) : nil
            builder.limits.work = options.workLimit
            if names != nil {
                // A partial build writes into the existing site: link only to pages that will be there.
                builder.outputFolder = URL(fileURLWithPath: options.out, isDirectory: true)
            }
            let build = try builder.compile(selecting: names, progress: progress.handle)
            progress.finish()
            let status = try finish(build, builder.cache != nil)
            // only now: the blocks of this build have all just been used or stored
            builder.cache?.prune(unusedSince: Date(timeIntervalSinceNow: -BlockCache.keepUnused))
            return status
        } catch let failure as BuildFailure {
            progress.finish()
            console.err(failure.formatted)
            return 1
        } catch {
            progress.finish()
            console.err("error: \(error)\n")
            return 1
        }
    }
}
