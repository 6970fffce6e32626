import Testing

/// Every way of asking for a subcommand's help prints that subcommand's usage, its options and
/// an example, on standard output with status 0; the overview is only for `weave --help`.
@Suite struct HelpTests {
    /// A subcommand, the options its help must name, and a line of its example.
    struct Expected: Sendable, CustomStringConvertible {
        var name: String
        var options: [String]
        var example: String
        var description: String { name }
    }

    static let subcommands: [Expected] = [
        Expected(name: "render", options: ["--out", "--no-cache", "--work-limit", "--quiet"],
                 example: "weave notebooks/bp.md"),
        Expected(name: "build", options: ["--out", "--no-cache", "--work-limit", "--quiet"],
                 example: "weave build notebooks --out /tmp/site --no-cache"),
        Expected(name: "check", options: ["--site", "--no-cache", "--work-limit", "--quiet"],
                 example: "weave check notebooks --site site --quiet"),
        Expected(name: "serve", options: ["--port", "--host", "--out", "--no-cache"],
                 example: "weave serve notebooks --port 0"),
        Expected(name: "clean", options: [], example: "weave clean"),
        Expected(name: "init", options: ["--weave-revision", "--weave-repository"],
                 example: "weave init demo && cd demo && weave build && weave check"),
    ]

    @Test(arguments: subcommands, [["--help"], ["-h"], ["help"]])
    func subcommandHelp(_ expected: Expected, _ request: [String]) {
        let arguments = request == ["help"] ? ["help", expected.name] : [expected.name] + request
        let run = WeaveRun.run(arguments)
        #expect(run.status == 0)
        #expect(run.error.isEmpty)
        #expect(run.output.contains("USAGE: weave \(expected.name)"), "\(arguments): \(run.output)")
        #expect(!run.output.contains("SUBCOMMANDS:"), "\(arguments) printed the overview")
        for option in expected.options {
            #expect(run.output.contains(option), "\(arguments) does not mention \(option)")
        }
        #expect(run.output.contains("Example"))
        #expect(run.output.contains(expected.example), "\(arguments): \(run.output)")
    }

    @Test func theOverviewListsTheSubcommandsAndPointsToTheirHelp() {
        for arguments in [["--help"], ["help"]] {
            let run = WeaveRun.run(arguments)
            #expect(run.status == 0)
            #expect(run.output.contains("SUBCOMMANDS:"))
            #expect(run.output.contains("weave help <subcommand>"))
            for expected in Self.subcommands {
                #expect(run.output.contains("  " + expected.name), "\(expected.name) missing from the overview")
            }
        }
    }

    @Test func helpForAnUnknownSubcommandIsAUsageMistake() {
        let run = WeaveRun.run(["help", "biuld"])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.error.contains("biuld"))
    }
}
