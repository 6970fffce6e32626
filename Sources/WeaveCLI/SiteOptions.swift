import ArgumentParser
import Notebook

/// Options every building command shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The folder the site is written to.")
    var out: String = "site"

    @Flag(name: .long, help: "Print only errors and warnings: no progress, no summary.")
    var quiet = false

    @Option(name: .long, help: "The most work one notebook may ask for, in samples × parameters × epochs.")
    var workLimit: Int = BuildLimits.defaultWork

    func validate() throws {
        guard workLimit >= 0 else { throw ValidationError("--work-limit must be at least 0") }
    }
}
