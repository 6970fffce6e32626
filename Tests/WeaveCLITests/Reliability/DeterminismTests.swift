import Foundation
import Testing
import TestSupport

/// Same notebooks, same bytes — across processes, not just across two calls in one: the site built
/// in this test process and the one built by the real `weave` executable, in another folder, with
/// another locale, time zone and hash seed (Swift seeds `Hasher` per process), must be identical
/// file for file. A clock, a random id, a dictionary's order or a locale-dependent number in the
/// output fails it.
@Suite struct DeterminismTests {
    static let notebook = #"""
        ---
        title: Determinism
        summary: A sweep trained in parallel, figures, tables, math and exports.
        ---

        # Determinism

        The loss $E = \tfrac{1}{2}\sum (t - o)^2$ and a sweep, see @fig:sweep.

        ```nn label=fig:sweep caption="Boundaries as the hidden layer grows"
        data = moons n=40 noise=0.2 seed=7
        nets = network 2-[1, 3, 6]-2 hidden=tanh output=sigmoid seed=3
        models = train nets on data epochs=300 rate=0.1 loss=crossentropy
        plot boundary models on data grid=1x3
        table models on data
        ```

        ## Loss

        ```nn
        plot loss models
        one = network 2-4-1 seed=2
        m = train one on data epochs=200 rate=0.5 record=10
        export m to "m.json"
        export data to "data.csv"
        print m.loss
        ```

        """#

    @Test func anotherProcessWithAnotherLocaleTimeZoneAndHashSeedWritesTheSameBytes() throws {
        let weave = WeaveRun.executable
        try #require(FileManager.default.isExecutableFile(atPath: weave.path), "build weave first: \(weave.path)")
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/det.md", Self.notebook)

        let here = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("here"), "--quiet", "--no-cache"])
        #expect(here.status == 0, "\(here.error)")

        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = nil
        environment["LC_ALL"] = "de_DE.UTF-8"
        environment["LANG"] = "de_DE.UTF-8"
        environment["TZ"] = "Pacific/Kiritimati"
        let there = try WeaveRun.process(["build", "notebooks", "--out", "there", "--quiet", "--no-cache"],
                                         in: project.root, environment: environment)
        #expect(there.status == 0, "\(there.error)")

        let inProcess = try InterruptedBuildTests.snapshot(of: URL(fileURLWithPath: project.path("here")))
        let other = try InterruptedBuildTests.snapshot(of: URL(fileURLWithPath: project.path("there")))
        #expect(inProcess.keys.sorted() == other.keys.sorted())
        #expect(inProcess.keys.contains("det.html") && inProcess.keys.contains("m.json") && inProcess.keys.contains("data.csv"))
        for (path, bytes) in inProcess {
            #expect(other[path] == bytes, "\(path) differs between the two processes")
        }
    }
}
