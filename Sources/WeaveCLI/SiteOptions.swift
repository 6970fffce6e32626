import ArgumentParser

/// Options every building command shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The folder the site is written to.")
    var out: String = "site"

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false
}
