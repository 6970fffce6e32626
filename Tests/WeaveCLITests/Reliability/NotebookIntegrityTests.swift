import Foundation
import Testing
import TestSupport

/// weave only reads notebooks and their data: building, checking and failing leave their bytes,
/// their modification times and their folder as they were; files are written only inside the site.
@Suite struct NotebookIntegrityTests {
    static let notebook = """
        # Kept

        ```nn
        data = csv "points.csv"
        net = network 2-2-1 seed=1
        m = train net on data epochs=10 rate=0.5
        export data to "copy.csv"
        ```

        """

    @Test func buildsChecksAndFailuresNeverTouchTheNotebookFolder() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/nb.md", Self.notebook)
        try project.write("notebooks/points.csv", "x,y,label\n0,0,0\n1,1,1\n0,1,1\n1,0,0\n")
        // An old time, so a rewrite within the same second would still show.
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        for name in ["nb.md", "points.csv"] {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: project.path("notebooks/" + name))
        }
        let before = try folder(project.path("notebooks"))

        let notebooks = project.path("notebooks")
        #expect(WeaveRun.run(["build", notebooks, "--out", project.path("site"), "--quiet"]).status == 0)
        #expect(WeaveRun.run(["check", notebooks, "--site", project.path("site"), "--quiet"]).status == 0)
        #expect(WeaveRun.run([project.path("notebooks/nb.md"), "--out", project.path("site"), "--quiet"]).status == 0)
        #expect(WeaveRun.run(["build", notebooks, "--out", project.path("site"), "--quiet", "--work-limit", "1"]).status == 1)
        #expect(try folder(notebooks) == before)
        #expect(project.exists("site/copy.csv"))
    }

    @Test func renderingReplacesALinkInTheSiteInsteadOfWritingThroughIt() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/nb.md", Self.notebook)
        try project.write("notebooks/points.csv", "x,y,label\n0,0,0\n1,1,1\n")
        try project.write("outside.csv", "precious\n")
        try project.write("site/index.html", "old")
        try project.write("site/.weave-site", "a site weave wrote")
        try FileManager.default.createSymbolicLink(
            atPath: project.path("site/copy.csv"), withDestinationPath: project.path("outside.csv"))
        let run = WeaveRun.run([project.path("notebooks/nb.md"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        #expect(try project.read("outside.csv") == "precious\n")
        #expect(try project.read("site/copy.csv").hasPrefix("x,y,label"))
    }

    struct Entry: Equatable {
        var bytes: Data
        var modified: Date
    }

    /// Names, bytes and modification times of the files in a folder.
    private func folder(_ path: String) throws -> [String: Entry] {
        var entries: [String: Entry] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: path) {
            let file = path + "/" + name
            let date = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date ?? .distantPast
            entries[name] = Entry(bytes: try Data(contentsOf: URL(fileURLWithPath: file)), modified: date)
        }
        return entries
    }
}
