import Foundation
import Testing
import WeaveCLI

/// The version is written in one place and everything that names it agrees.
@Suite struct WeaveVersionTests {
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test func versionPrintsTheOneVersion() {
        let run = WeaveRun.run(["--version"])
        #expect(run.status == 0)
        #expect(run.output == WeaveVersion.current + "\n")
        #expect(WeaveVersion.tag == "v" + WeaveVersion.current)
    }

    @Test func theNewestReleaseInTheChangelogIsThisVersion() throws {
        let changelog = try String(contentsOf: Self.repository.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        let newest = try #require(changelog.split(separator: "\n").first { $0.hasPrefix("## ") })
        #expect(newest.hasPrefix("## \(WeaveVersion.current) — "), "\(newest)")
    }

    @Test func theReadmeNamesTheLicence() throws {
        let readme = try String(contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let licence = try String(contentsOf: Self.repository.appendingPathComponent("LICENSE"), encoding: .utf8)
        #expect(licence.hasPrefix("MIT License"))
        #expect(readme.contains("MIT licence"))
    }
}
