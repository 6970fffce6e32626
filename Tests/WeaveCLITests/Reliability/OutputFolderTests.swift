import Foundation
import Testing
import TestSupport

/// `--out` never destroys what it points at: the notebooks, the project, the current folder, a
/// file or a folder weave did not write are refused with exit status 2, before any work, and
/// are left exactly as they were — for `weave build`, `weave FILE.md` and `weave serve`.
@Suite struct OutputFolderTests {
    static let notebook = """
        # Kept

        ```nn
        data = csv "points.csv"
        net = network 2-2-1 seed=1
        ```

        """

    func project() throws -> ScratchProject {
        let project = try ScratchProject()
        try project.write("notebooks/nb.md", Self.notebook)
        try project.write("notebooks/points.csv", "x,y,label\n0,0,0\n1,1,1\n")
        try project.write("docs/README.md", "my own docs\n")
        try project.write("notes.txt", "a file\n")
        return project
    }

    static let cases: [(arguments: [String], message: String)] = [
        (["build", "notebooks", "--out", "notebooks"],
         "error: the output folder 'notebooks' is the folder of notebooks ('notebooks'); weave replaces its output folder whole and would delete it; choose a folder of its own, e.g. --out site\n"),
        (["build", "notebooks", "--out", "notebooks/"],
         "error: the output folder 'notebooks/' is the folder of notebooks ('notebooks'); weave replaces its output folder whole and would delete it; choose a folder of its own, e.g. --out site\n"),
        (["build", "notebooks", "--out", "."],
         "error: the output folder '.' is the current folder ('PROJECT'); weave replaces its output folder whole and would delete it; choose a folder of its own, e.g. --out site\n"),
        (["build", "notebooks", "--out", ""],
         "error: the output folder is empty (\"\"); name the folder the site is written to, e.g. --out site\n"),
        (["build", "notebooks", "--out", "notes.txt"],
         "error: the output 'notes.txt' is a file, not a folder; name a folder for the site, e.g. --out site\n"),
        (["build", "notebooks", "--out", "docs"],
         "error: the output folder 'docs' holds files weave did not write ('README.md') and no .weave-site marker; weave replaces its output folder whole, so empty it or choose another folder\n"),
        (["notebooks/nb.md", "--out", "notebooks"],
         "error: the output folder 'notebooks' is the folder of notebooks ('notebooks'); weave replaces its output folder whole and would delete it; choose a folder of its own, e.g. --out site\n"),
        (["notebooks/nb.md", "--out", "docs"],
         "error: the output folder 'docs' holds files weave did not write ('README.md') and no .weave-site marker; weave replaces its output folder whole, so empty it or choose another folder\n"),
        (["serve", "notebooks", "--out", "notebooks", "--port", "0"],
         "error: the output folder 'notebooks' is the folder of notebooks ('notebooks'); weave replaces its output folder whole and would delete it; choose a folder of its own, e.g. --out site\n"),
        (["serve", "notebooks", "--out", "..", "--port", "0"],
         "error: the output folder '..' contains the current folder ('PROJECT'); weave replaces its output folder whole and would delete it; choose a folder of its own, e.g. --out site\n"),
    ]

    @Test(arguments: cases.indices)
    func aDestructiveOutIsRefusedAndNothingIsTouched(index: Int) throws {
        let (arguments, message) = Self.cases[index]
        try #require(FileManager.default.isExecutableFile(atPath: WeaveRun.executable.path))
        let project = try project()
        defer { project.remove() }
        let before = try InterruptedBuildTests.snapshot(of: project.root)
        let run = try WeaveRun.process(arguments, in: project.root)
        #expect(run.status == 2)
        let real = project.root.resolvingSymlinksInPath().path
        #expect(run.error == message.replacingOccurrences(of: "PROJECT", with: real))
        #expect(try InterruptedBuildTests.snapshot(of: project.root) == before)
    }

    @Test func aSiteWeaveWroteIsMarkedAndReplacedAgain() throws {
        let project = try project()
        defer { project.remove() }
        for _ in 0..<2 {
            let run = try WeaveRun.process(["build", "notebooks", "--out", "site"], in: project.root)
            #expect(run.status == 0, "\(run.error)")
        }
        #expect(project.exists("site/.weave-site"))
        #expect(project.exists("site/nb.html"))
        #expect(try WeaveRun.process(["check", "notebooks", "--site", "site", "--quiet"], in: project.root).status == 0)
    }
}
