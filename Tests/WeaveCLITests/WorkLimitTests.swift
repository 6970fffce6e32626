import Testing
import TestSupport

/// `--work-limit` on every building command: the default lets ordinary notebooks through, a low
/// limit stops them before anything runs with the statement, the size and the limit named.
@Suite struct WorkLimitTests {
    static let notebook = """
        # Work

        ```nn
        data = moons n=40 noise=0.1 seed=1
        nets = network 2-[2,4]-1 seed=3
        models = train nets on data epochs=100 rate=0.5
        ```

        """

    static let refused = """
        notebooks/nb.md:6:1: error: 'models' asks for 104000 units of work (40 samples × 26 parameters × 100 epochs, \
        over 2 networks), over the limit of 1000 per notebook
           6 | models = train nets on data epochs=100 rate=0.5
             | ^ use fewer epochs, samples or weights, or raise the limit with --work-limit
        1 error

        """

    @Test func buildRenderAndCheckAllTakeTheLimit() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/nb.md", Self.notebook)
        let notebooks = project.path("notebooks"), site = project.path("site")
        let strip = { (text: String) in text.replacingOccurrences(of: project.root.path + "/", with: "") }

        #expect(WeaveRun.run(["build", notebooks, "--out", site, "--quiet"]).status == 0)
        #expect(WeaveRun.run(["build", notebooks, "--out", site, "--quiet", "--work-limit", "104000"]).status == 0)
        for arguments in [
            ["build", notebooks, "--out", site, "--quiet", "--work-limit", "1000"],
            [project.path("notebooks/nb.md"), "--out", site, "--quiet", "--work-limit", "1000"],
            ["check", notebooks, "--site", site, "--quiet", "--work-limit", "1000"],
        ] {
            let run = WeaveRun.run(arguments)
            #expect(run.status == 1)
            #expect(strip(run.error) == Self.refused)
        }
        #expect(WeaveRun.run(["check", notebooks, "--site", site, "--quiet"]).status == 0)
        #expect(WeaveRun.run(["build", notebooks, "--work-limit=-1"]).status == 2)
    }
}
