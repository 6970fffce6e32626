import Foundation
import Testing
import TestSupport

/// Nothing a notebook is called or writes can silently take the place of something else: a
/// notebook named like the index is an error, every id on a page is unique whatever the headings
/// say, and a path that is not a file is called what it is (reading a named pipe would hang).
@Suite struct NameCollisionTests {
    @Test func aNotebookNamedIndexIsAnError() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/index.md", "# Mine\n")
        try project.write("notebooks/other.md", "# Other\n")
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 1)
        #expect(run.error.hasPrefix(project.path("notebooks") + "/index.md:1:1: error: a notebook named 'index.md' would be overwritten by the site's index page"))
        #expect(run.error.contains("rename it, e.g. to intro.md"))
        #expect(!project.exists("site"))
    }

    @Test func headingsShapedLikeFigureAndCellIdsGetIdsOfTheirOwn() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/ids.md", """
            # Ids

            ## fig-a

            ```nn label=fig:a caption="Labelled"
            data = moons n=20 noise=0.1 seed=1
            plot data data
            ```

            ## cell-1

            ```nn
            plot data data
            ```

            ## figure b1 0

            ## b1-0-clip-0

            ## fig-2

            See @fig:a.

            """)
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        let page = ParsedPage(html: try project.read("site/ids.html"))
        let ids = page.elements.flatMap { $0.attributes.filter { $0.name == "id" }.map(\.value) }
        #expect(ids.contains("fig-a"))
        #expect(ids.contains("cell-1"))
        #expect(ids.contains("section-fig-a"))
        #expect(ids.count == Set(ids).count, "repeated ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
    }

    @Test func aNotebookThatIsAFolderIsCalledOne() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try FileManager.default.createDirectory(atPath: project.path("notebooks/odd.md"), withIntermediateDirectories: true)
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 1)
        #expect(run.error.hasPrefix(project.path("notebooks") + "/odd.md:1:1: error: cannot read the notebook: it is a folder, not a file"))
    }

    static let dataCases: [(setUp: @Sendable (ScratchProject) throws -> Void, message: String)] = [
        ({ try FileManager.default.createDirectory(atPath: $0.path("notebooks/d.csv"), withIntermediateDirectories: true) },
         "error: cannot read \"d.csv\": it is a folder, not a file"),
        ({ _ = mkfifo($0.path("notebooks/d.csv"), 0o600) },
         "error: cannot read \"d.csv\": it is a named pipe, not a file"),
        ({ try FileManager.default.createSymbolicLink(atPath: $0.path("notebooks/d.csv"), withDestinationPath: $0.path("notebooks/d.csv")) },
         "error: cannot read \"d.csv\": it is a loop of symbolic links, not a file"),
        ({ _ in }, "error: cannot read \"d.csv\": no such file next to the notebook"),
    ]

    @Test(arguments: dataCases.indices)
    func aDataPathThatIsNotAFileIsCalledWhatItIs(index: Int) throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/nb.md", "# Data\n\n```nn\ndata = csv \"d.csv\"\n```\n")
        try Self.dataCases[index].setUp(project)
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 1)
        #expect(run.error.contains(Self.dataCases[index].message), "\(run.error)")
    }
}
