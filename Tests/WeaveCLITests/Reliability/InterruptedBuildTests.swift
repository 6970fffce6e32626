import Foundation
import Testing
import TestSupport

/// A build killed at the worst moment loses nothing: the real `weave` executable, run as a
/// process and killed with SIGKILL while training, leaves the previous site byte for byte and
/// no temporary folders.
@Suite struct InterruptedBuildTests {
    static let quickNotebook = """
        # Quick

        ```nn
        data = moons n=40 noise=0.1 seed=1
        net = network 2-3-1 seed=3
        m = train net on data epochs=20 rate=0.5
        plot boundary m on data
        ```

        """

    @Test func aKilledBuildLeavesThePreviousSiteAndNoTemporaryFolders() throws {
        let weave = WeaveRun.executable
        try #require(FileManager.default.isExecutableFile(atPath: weave.path), "build weave first: \(weave.path)")
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/nb.md", Self.quickNotebook)
        let build = ["build", project.path("notebooks"), "--out", project.path("site")]
        #expect(WeaveRun.run(build + ["--quiet"]).status == 0)
        let before = try Self.snapshot(of: project.root)

        // Hours of training; killed as soon as it has started.
        try project.write("notebooks/nb.md", Self.quickNotebook.replacingOccurrences(
            of: "network 2-3-1 seed=3\nm = train net on data epochs=20",
            with: "network 2-50-50-1 seed=3\nm = train net on data epochs=90000000"))
        let log = project.root.appendingPathComponent("build.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = weave
        process.arguments = build + ["--work-limit", "1000000000000000"]
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while !((try? String(contentsOf: log, encoding: .utf8))?.contains("block 1/1") ?? false), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 0.3)
        #expect(process.isRunning, "the build was still training when killed")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGKILL)

        var after = try Self.snapshot(of: project.root)
        after["build.log"] = nil
        after["notebooks/nb.md"] = before["notebooks/nb.md"]
        #expect(after == before, "the site is byte-identical and nothing else appeared")
    }

    /// Every file under `root` (hidden ones too) with its bytes, by relative path.
    static func snapshot(of root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = root.resolvingSymlinksInPath().path + "/"
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return files }
        for case let relative as String in walker {
            let url = root.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            files[relative.replacingOccurrences(of: base, with: "")] = isFolder.boolValue ? Data("folder".utf8) : try Data(contentsOf: url)
        }
        return files
    }
}
