import Foundation
import Testing
import TestSupport

/// `--quiet` drops progress and the summary but keeps what the author must act on: errors and
/// warnings (the flag's help says so).
@Suite struct QuietTests {
    @Test func quietKeepsWarningsAndDropsEverythingElse() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/wild.md", """
            # Wild

            ```nn
            data = moons n=20 noise=0.1 seed=1
            net = network 2-3-1 output=identity seed=3
            m = train net on data epochs=50 rate=1e3 loss=squared
            ```

            """)
        let arguments = ["build", project.path("notebooks"), "--out", project.path("site")]
        let loud = WeaveRun.run(arguments + ["--no-cache"])
        let quiet = WeaveRun.run(arguments + ["--no-cache", "--quiet"])
        #expect(loud.status == 0 && quiet.status == 0)
        #expect(loud.error.contains("wrote "))
        #expect(quiet.error.hasPrefix(project.path("notebooks/wild.md") + ":6:1: warning: training diverged"))
        for noise in ["nn blocks", ": block ", ": done", "wrote "] {
            #expect(loud.error.contains(noise))
            #expect(!quiet.error.contains(noise), "quiet prints no '\(noise)'")
        }
        #expect(quiet.output.isEmpty)
    }
}
