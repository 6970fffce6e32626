import Foundation
import Testing
import TestSupport

@Suite struct WeaveCommandTests {
    static let notebook = """
        ---
        title: A small notebook
        summary: Moons and a network.
        ---

        # A small notebook

        Some prose with math $\\sigma(z) = \\frac{1}{1+e^{-z}}$ and a <script>alert(1)</script> tag.

        ```nn caption="The data" label=fig:data
        data = moons n=40 noise=0.1 seed=1
        plot data data
        ```

        As @fig:data shows, the moons interleave.

        ```nn
        net = network 2-3-1 hidden=tanh output=sigmoid init=normal seed=3
        model = train net on data epochs=50 rate=0.5
        e = evaluate model on data
        expect e.accuracy > 0.5
        ```

        """

    @Test func buildWritesPagesIndexAndStylesheet() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/small.md", Self.notebook)
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        #expect(project.exists("site/small.html"))
        #expect(project.exists("site/index.html"))
        #expect(project.exists("site/style.css"))
        let page = try project.read("site/small.html")
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<svg"))
        #expect(page.contains("<math"))
        #expect(page.contains("href=\"#fig-data\""))
        #expect(!page.contains("<script"))
    }

    @Test func checkPassesOnAFreshSiteAndNamesAStaleFile() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/small.md", Self.notebook)
        let notebooks = project.path("notebooks")
        let site = project.path("site")
        #expect(WeaveRun.run(["build", notebooks, "--out", site, "--quiet"]).status == 0)
        #expect(WeaveRun.run(["check", notebooks, "--site", site, "--quiet"]).status == 0)

        try project.write("notebooks/small.md", Self.notebook.replacingOccurrences(of: "Some prose", with: "Other prose"))
        try project.write("site/stray.txt", "left over")
        let stale = WeaveRun.run(["check", notebooks, "--site", site, "--quiet"])
        #expect(stale.status == 1)
        #expect(stale.output.contains("changed: small.html"))
        #expect(stale.output.contains("extra:   stray.txt"))
    }

    @Test func notebookErrorsExitWithOneAndLeaveTheSiteAlone() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/small.md", Self.notebook)
        let notebooks = project.path("notebooks")
        let site = project.path("site")
        #expect(WeaveRun.run(["build", notebooks, "--out", site, "--quiet"]).status == 0)
        let before = try project.read("site/small.html")

        try project.write("notebooks/small.md", Self.notebook.replacingOccurrences(of: "hidden=tanh", with: "hidden=tahn"))
        let run = WeaveRun.run(["build", notebooks, "--out", site, "--quiet"])
        #expect(run.status == 1)
        #expect(run.error.contains("small.md:18:28: error: unknown activation 'tahn'"))
        #expect(run.error.contains("did you mean 'tanh'?"))
        #expect(try project.read("site/small.html") == before)
    }

    @Test func renderingOneFileKeepsTheOtherPages() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/small.md", Self.notebook)
        try project.write("notebooks/other.md", "# Other\n\nJust prose.\n")
        let site = project.path("site")
        #expect(WeaveRun.run(["build", project.path("notebooks"), "--out", site, "--quiet"]).status == 0)
        let other = try project.read("site/other.html")
        let run = WeaveRun.run([project.path("notebooks/small.md"), "--out", site, "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        #expect(try project.read("site/other.html") == other)
    }

    /// A partial build rewrites the index; the pages it did not run keep their previews there,
    /// so the index is the one a full build writes.
    @Test func renderingOneFileKeepsTheOtherPagesPreviewsOnTheIndex() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/small.md", Self.notebook)
        try project.write("notebooks/tiny.md", "# Tiny\n\n```nn\nd = moons n=10 seed=2\nplot data d\n```\n")
        let site = project.path("site")
        #expect(WeaveRun.run(["build", project.path("notebooks"), "--out", site, "--quiet"]).status == 0)
        let index = try project.read("site/index.html")
        #expect(index.contains("src=\"./previews/small.svg\"") && index.contains("src=\"./previews/tiny.svg\""))
        let run = WeaveRun.run([project.path("notebooks/tiny.md"), "--out", site, "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        #expect(try project.read("site/index.html") == index)
    }

    @Test func aQuietBlockRunsButShowsNothing() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/q.md", """
            # Quiet

            ```nn quiet
            data = moons n=20 seed=1
            plot data data
            expect data.count = 20
            ```

            ```nn
            print data.count
            ```
            """)
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        let page = try project.read("site/q.html")
        #expect(!page.contains("<svg") && !page.contains("expect data.count"))
        #expect(page.contains("id=\"cell-1\"") && !page.contains("id=\"cell-0\""))

        try project.write("notebooks/q.md", "```nn quiet\ndata = moons n=20\nexpect data.count = 21\n```\n")
        let failed = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(failed.status == 1)
        #expect(failed.error.contains("expectation failed"))
    }

    @Test func usageMistakesExitWithTwo() {
        #expect(WeaveRun.run(["build", "--no-such-flag"]).status == 2)
        #expect(WeaveRun.run(["check", "a", "b", "c"]).status == 2)
    }

    @Test func versionAndHelpExitWithZero() {
        let version = WeaveRun.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.contains("0."))
        let help = WeaveRun.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("build"))
    }
}

/// `weave FILE.md --out DIR` links only to pages that DIR holds.
@Suite struct PartialBuildLinkTests {
    @Test func aSingleNotebookBuiltIntoANewFolderLinksToNoPageItDidNotBuild() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/a.md", "---\norder: 1\n---\n# Alpha\n")
        try project.write("notebooks/b.md", "---\norder: 2\n---\n# Beta\n\nSee [alpha](a.md).\n")
        let run = WeaveRun.run([project.path("notebooks/b.md"), "--out", project.path("solo"), "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        let page = try project.read("solo/b.html")
        let index = try project.read("solo/index.html")
        #expect(!index.contains("a.html"))
        #expect(!page.contains(#"rel="prev""#))
        #expect(!page.contains(#"<a href="./a.html">Alpha</a>"#))
        // The author's own link stays: the page exists once the whole site is built.
        #expect(page.contains(#"<a href="./a.html">alpha</a>"#))

        // Once a.html is there, a partial build links to it.
        #expect(WeaveRun.run([project.path("notebooks/a.md"), "--out", project.path("solo"), "--quiet"]).status == 0)
        #expect(WeaveRun.run([project.path("notebooks/b.md"), "--out", project.path("solo"), "--quiet"]).status == 0)
        #expect(try project.read("solo/b.html").contains(#"rel="prev" href="./a.html""#))
        #expect(try project.read("solo/index.html").contains("./a.html"))
    }
}
