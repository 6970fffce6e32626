import Foundation
import NotebookLanguage
import TestSupport
import Testing
@testable import Notebook

/// Images and links in prose: images are copied next to the page, links to notebooks become
/// links to their pages, and every broken one is a located error.
@Suite struct SiteBuilderProseLinksTests {
    /// A project with `bp.md` and `other.md` (whose text is `other`), and a picture.
    private func project(_ other: String) throws -> ScratchProject {
        let project = try ScratchProject(prefix: "weave-prose-tests")
        try project.write("notebooks/bp.md", "# Backprop\n\n## Training\n\n```nn label=fig:数据\nd = moons n=10\nplot data d\n```\n")
        try FileManager.default.createDirectory(
            at: project.root.appendingPathComponent("notebooks/img"), withIntermediateDirectories: true)
        try project.write("notebooks/img/net.png", "PNG1")
        try project.write("notebooks/bp.html", "an old page")
        try project.write("notebooks/other.md", other)
        return project
    }

    private func failure(_ text: String) throws -> String {
        let project = try project(text)
        defer { project.remove() }
        do {
            _ = try project.build(cached: false)
            Issue.record("the build should fail")
            return ""
        } catch let error as BuildFailure {
            return error.formatted.replacingOccurrences(of: project.notebooks + "/", with: "")
        }
    }

    @Test func imagesAreCopiedAndLinksToNotebooksPointToTheirPages() throws {
        let project = try project("""
            # Other

            ![The network](img/net.png) and ![again](./img/../img/net.png "same file")
            See [the tutorial](bp.md), [its training](bp.md#training), [a spaced name](<a b.md>),
            [its figure](bp.md#fig-数据), [encoded](bp.md#fig-%E6%95%B0%E6%8D%AE), [cell](bp.md#cell-0),
            [the web](https://example.org/x.md), [here](#top) and [data](points.csv).
            """)
        defer { project.remove() }
        try project.write("notebooks/a b.md", "# Spaced\n")
        let site = try project.build(cached: false).files
        #expect(site["img/net.png"] == Data("PNG1".utf8))
        let page = try #require(site["other.html"].map { String(decoding: $0, as: UTF8.self) })
        #expect(page.contains(#"<img src="./img/net.png" alt="The network" />"#))
        #expect(page.contains(#"<img src="./img/net.png" alt="again" title="same file" />"#))
        #expect(page.contains(#"<a href="./bp.html">the tutorial</a>"#))
        #expect(page.contains(#"<a href="./bp.html#training">its training</a>"#))
        #expect(page.contains(#"<a href="./a%20b.html">a spaced name</a>"#))
        #expect(page.contains(#"<a href="./bp.html#fig-%E6%95%B0%E6%8D%AE">its figure</a>"#))
        #expect(page.contains(#"<a href="./bp.html#fig-%E6%95%B0%E6%8D%AE">encoded</a>"#))
        #expect(page.contains(#"<a href="./bp.html#cell-0">cell</a>"#))
        #expect(page.contains(#"<a href="https://example.org/x.md">the web</a>"#))
        #expect(page.contains(##"<a href="#top">here</a>"##))
        #expect(page.contains(#"<a href="points.csv">data</a>"#))
    }

    @Test func aChangedImageIsCopiedAgain() throws {
        let project = try project("![](img/net.png)\n")
        defer { project.remove() }
        #expect(try project.build().files["img/net.png"] == Data("PNG1".utf8))
        try project.write("notebooks/img/net.png", "PNG2")
        // Every block came from the cache; the image is read again all the same.
        #expect(try project.build().files["img/net.png"] == Data("PNG2".utf8))
    }

    @Test(arguments: [
        ("Look: ![the net](img/nte.png)\n", """
            other.md:1:18: error: no image "img/nte.png" in the notebook's folder
               1 | Look: ![the net](img/nte.png)
                 |                  ^~~~~~~~~~~ did you mean 'net.png'?
            1 error

            """),
        ("![](missing.png)\n", """
            other.md:1:5: error: no image "missing.png" in the notebook's folder
               1 | ![](missing.png)
                 |     ^~~~~~~~~~~ paths are relative to the notebook's folder
            1 error

            """),
        ("![](../secret.png)\n", """
            other.md:1:5: error: the image "../secret.png" is outside the notebook's folder
               1 | ![](../secret.png)
                 |     ^~~~~~~~~~~~~ keep images in the notebook's folder or a folder inside it
            1 error

            """),
        ("![](/etc/passwd)\n", """
            other.md:1:5: error: the image "/etc/passwd" has an absolute path
               1 | ![](/etc/passwd)
                 |     ^~~~~~~~~~~ write the path from the notebook's folder, e.g. img/picture.png
            1 error

            """),
        ("![](img)\n", """
            other.md:1:5: error: the image "img" is a folder, not a file
               1 | ![](img)
                 |     ^~~ name an image file
            1 error

            """),
        ("![](bp.html)\n", """
            other.md:1:5: error: the image "bp.html" has the name of a file weave writes into the site
               1 | ![](bp.html)
                 |     ^~~~~~~ rename the image or move it into a folder
            1 error

            """),
        ("Read [it](bq.md#training).\n", """
            other.md:1:11: error: there is no notebook "bq.md" in this site
               1 | Read [it](bq.md#training).
                 |           ^~~~~~~~~~~~~~ did you mean 'bp.md'?
            1 error

            """),
        ("Read [it](bp.md#trainig).\n", """
            other.md:1:11: error: bp.md has no section or figure '#trainig'
               1 | Read [it](bp.md#trainig).
                 |           ^~~~~~~~~~~~~ did you mean '#training'?
            1 error

            """),
        ("[x](../README.md)\n", """
            other.md:1:5: error: there is no notebook "../README.md" in this site
               1 | [x](../README.md)
                 |     ^~~~~~~~~~~~ link to a notebook of this folder by its file name, e.g. bp.md
            1 error

            """),
    ])
    func brokenImagesAndLinksAreLocatedErrors(text: String, expected: String) throws {
        let actual = try failure(text)
        #expect(actual == expected)
    }

    @Test func anImageThatLinksOutThroughASymbolicLinkIsRefused() throws {
        let project = try project("![](escape.png)\n")
        defer { project.remove() }
        try project.write("secret.png", "S")
        try FileManager.default.createSymbolicLink(
            atPath: project.notebooks + "/escape.png", withDestinationPath: project.root.path + "/secret.png")
        #expect(throws: BuildFailure.self) { try project.build(cached: false) }
        do { _ = try project.build(cached: false) } catch let error as BuildFailure {
            #expect(error.formatted.contains(
                "error: the image \"escape.png\" is outside the notebook's folder"))
            #expect(error.formatted.contains("(symbolic links may not leave it)"))
        }
    }

    @Test func anImageInAFolderNamedLikeAPageIsRefused() throws {
        let project = try project("![](bp.html/x.png)\n")
        defer { project.remove() }
        try project.delete("notebooks/bp.html")
        try FileManager.default.createDirectory(
            at: project.root.appendingPathComponent("notebooks/bp.html"), withIntermediateDirectories: true)
        try project.write("notebooks/bp.html/x.png", "X")
        do {
            _ = try project.build(cached: false)
            Issue.record("the build should fail")
        } catch let error as BuildFailure {
            #expect(error.diagnostics.diagnostics.map(\.message)
                == [#"the image "bp.html/x.png" needs a folder 'bp.html', but the site has a file of that name"#])
            #expect(error.diagnostics.diagnostics.map(\.hint) == ["rename the image's folder"])
        }
    }

    @Test func anImageOverTheLimitIsRefusedBeforeItIsRead() throws {
        let project = try project("![](big.png)\n")
        defer { project.remove() }
        // A sparse file: its size is over the limit without writing the bytes.
        FileManager.default.createFile(atPath: project.notebooks + "/big.png", contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: project.notebooks + "/big.png"))
        try handle.truncate(atOffset: UInt64(BuildLimits.maxImageBytes + 1))
        try handle.close()
        do {
            _ = try project.build(cached: false)
            Issue.record("the build should fail")
        } catch let error as BuildFailure {
            #expect(error.diagnostics.diagnostics.map(\.message)
                == [#"the image "big.png" is 20000001 bytes, over the limit of 20000000 bytes"#])
            #expect(error.diagnostics.diagnostics.map(\.hint) == ["make the image smaller"])
        }
    }

    @Test func anImagePathTheSiteCannotHoldIsRefused() throws {
        #expect(try failure(#"![](a\b.png)"# + "\n") == #"""
            other.md:1:5: error: the image path "a\b.png" contains a backslash
               1 | ![](a\b.png)
                 |     ^~~~~~~ rename the image
            1 error

            """#)
    }

    @Test func twoNotebooksShowingOneImageCopyItOnce() throws {
        let project = try project("![](img/net.png)\n")
        defer { project.remove() }
        try project.write("notebooks/bp.md", "# Backprop\n\n![](img/net.png)\n")
        #expect(try project.build(cached: false).files["img/net.png"] == Data("PNG1".utf8))
    }

    @Test func everyBrokenLinkOfANotebookIsReportedAtOnce() throws {
        let text = try failure("![](a.png)\n\n[b](b.md) and ![](c.png)\n")
        #expect(text.components(separatedBy: ": error: ").count == 4)
    }
}

/// A partial build (`weave FILE.md --out DIR`) links only to pages the output folder will hold.
@Suite struct SiteBuilderPartialLinksTests {
    @Test func aPartialBuildLinksOnlyToPagesThatExist() throws {
        let project = try ScratchProject(prefix: "weave-prose-tests")
        defer { project.remove() }
        try project.write("notebooks/a.md", "---\norder: 1\n---\n# Alpha\n")
        try project.write("notebooks/b.md", "---\norder: 2\n---\n# Beta\n")
        try project.write("notebooks/c.md", "---\norder: 3\n---\n# Gamma\n")
        var builder = try SiteBuilder(notebooksDirectory: project.notebooks)
        // A folder that does not exist yet holds no page.
        builder.outputFolder = project.root.appendingPathComponent("new-site", isDirectory: true)
        let alone = try builder.build(selecting: ["b.md"])
        let page = String(decoding: try #require(alone["b.html"]), as: UTF8.self)
        let index = String(decoding: try #require(alone["index.html"]), as: UTF8.self)
        for text in [page, index] {
            #expect(!text.contains("a.html"))
            #expect(!text.contains("c.html"))
        }
        #expect(!String(decoding: try #require(alone["sitemap.xml"]), as: UTF8.self).contains("a.html"))

        try project.write("site/c.html", "")
        try project.write("site/stray.html", "")
        builder.outputFolder = project.root.appendingPathComponent("site", isDirectory: true)
        let beside = try builder.build(selecting: ["b.md"])
        let next = String(decoding: try #require(beside["b.html"]), as: UTF8.self)
        #expect(!next.contains("a.html"))
        #expect(next.contains(#"href="./c.html""#))

        builder.outputFolder = nil
        let everything = String(decoding: try #require(try builder.build(selecting: ["b.md"])["b.html"]), as: UTF8.self)
        #expect(everything.contains(#"href="./a.html""#))
    }
}

/// The `answer` block option: the block runs and is checked like any other, and shows folded.
@Suite struct SiteBuilderAnswerTests {
    private func build(_ text: String) throws -> String {
        let project = try ScratchProject(prefix: "weave-prose-tests")
        defer { project.remove() }
        try project.write("notebooks/x.md", text)
        return String(decoding: try #require(try project.build(cached: false).files["x.html"]), as: UTF8.self)
    }

    @Test func anAnswerIsFoldedUnderItsLabelInThePagesLanguage() throws {
        let block = "```nn answer\nd = blobs n=4 centers=[[0,0],[1,1]] spread=0.1 seed=1\nprint d.count\nexpect d.count = 4\n```\n"
        let english = try build("**Exercise.** How many?\n\n" + block)
        #expect(english.contains(#"<details class="answer"><summary>Show the answer</summary><section class="cell""#))
        #expect(english.contains(#"class="passed""#))   // the expectation ran
        let chinese = try build("---\nlang: zh-CN\n---\n" + block)
        #expect(chinese.contains(#"<details class="answer"><summary>显示答案</summary>"#))
        let own = try build(block.replacingOccurrences(of: "nn answer", with: #"nn hide answer="Show <the> count""#))
        #expect(own.contains(#"<details class="answer"><summary>Show &lt;the&gt; count</summary>"#))
    }

    @Test func aWrongAnswerFailsTheBuild() throws {
        let project = try ScratchProject(prefix: "weave-prose-tests")
        defer { project.remove() }
        try project.write("notebooks/x.md", "```nn answer\nd = blobs n=4 centers=[[0,0],[1,1]] spread=0.1 seed=1\nexpect d.count = 5\n```\n")
        #expect(throws: BuildFailure.self) { try project.build(cached: false) }
    }
}
