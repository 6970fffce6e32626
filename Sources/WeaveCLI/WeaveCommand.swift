import ArgumentParser

/// The `weave` command line.
public struct WeaveCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "weave",
        abstract: "Turn Markdown notebooks about neural networks into a verified static site."
    )

    public init() {}

    public func run() throws {
        print("weave: the notebook engine is not built yet")
    }
}
