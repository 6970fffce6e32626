import Foundation
import Testing
import TestSupport
@testable import WeaveCLI

@Suite struct CleanCommandTests {
    static let notebook = """
        # Cached

        ```nn
        data = moons n=20 seed=1
        net = network 2-2-1 hidden=tanh output=sigmoid seed=0
        model = train net on data epochs=10 rate=0.5
        ```

        """

    @Test func buildCachesNoCacheSkipsAndCleanRemoves() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/c.md", Self.notebook)
        let arguments = ["build", project.path("notebooks"), "--out", project.path("site")]
        let first = WeaveRun.run(arguments)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.error.contains("1 blocks ran, 0 from the cache"))
        #expect(project.exists(".weave-cache/blocks"))
        let second = WeaveRun.run(arguments)
        #expect(second.error.contains("0 blocks ran, 1 from the cache"))
        let page = try project.read("site/c.html")
        let uncached = WeaveRun.run(arguments + ["--no-cache"])
        #expect(uncached.status == 0 && !uncached.error.contains("from the cache"))
        #expect(try project.read("site/c.html") == page)

        let clean = WeaveRun.run(["clean", project.path("notebooks")])
        #expect(clean.status == 0)
        #expect(clean.error.contains("removed"))
        #expect(!project.exists(".weave-cache"))
        #expect(WeaveRun.run(["clean", project.path("notebooks")]).error.contains("no cache at"))
        #expect(WeaveRun.run(arguments).error.contains("1 blocks ran, 0 from the cache"))
    }
}

@Suite struct ServeCommandTests {
    @Test func anAddressThatCannotBeBoundIsAnErrorNotAHang() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/c.md", CleanCommandTests.notebook)
        let run = WeaveRun.run(["serve", project.path("notebooks"), "--out", project.path("site"),
                                "--host", "not-an-address", "--port", "0"])
        #expect(run.status == 1)
        #expect(run.error.contains("error: cannot serve on not-an-address:0"))
        // The first build ran before binding, through the cache.
        #expect(project.exists("site/c.html") && project.exists(".weave-cache/blocks"))
    }
}

@Suite struct ExecutableStampTests {
    @Test func namesTheRunningBinaryWithItsSize() throws {
        let stamp = ExecutableStamp.current
        let executable = try #require(Bundle.main.executableURL?.resolvingSymlinksInPath())
        let size = try #require(try FileManager.default.attributesOfItem(atPath: executable.path)[.size] as? NSNumber)
        #expect(stamp.hasPrefix("\(executable.lastPathComponent) \(size.intValue) "))
        #expect(CacheOptions.projectCache(notebooksDirectory: "notebooks").engineVersion.hasSuffix(stamp))
        #expect(try CacheOptions.parse(["--no-cache"]).noCache)
        #expect(try !CacheOptions.parse([]).noCache)
    }
}
