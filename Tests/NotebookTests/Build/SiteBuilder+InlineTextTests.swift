import Foundation
import NotebookLanguage
import Testing
import TestSupport
@testable import Notebook

/// Captions with Markdown and math on a built page, and evaluations that a later block reads.
@Suite struct SiteBuilderInlineTextTests {
    static let setup = """
        # XOR

        ```nn caption="Loss for $\\eta = 0.5$, *four* points"
        xor = points [[0,0],[0,1],[1,0],[1,1]] labels=[0,1,1,0]
        net = network 2-3-1 seed=1
        m = train net on xor epochs=20 rate=0.5
        plot loss m title="Loss, $\\eta = 0.5$"
        ```

        ```nn
        e = evaluate m on xor
        ```

        """

    func page(_ build: SiteBuild) throws -> String {
        String(decoding: try #require(build.files["bp.html"]), as: UTF8.self)
    }

    @Test func captionsRenderMarkdownAndMathAndTitlesArePlain() throws {
        let project = try ScratchProject(prefix: "weave-inline-tests")
        defer { project.remove() }
        try project.write("notebooks/bp.md", Self.setup)
        let page = try self.page(try project.build())
        #expect(page.contains("<figcaption><span class=\"figure-number\">Figure 1.</span> Loss for <math "))
        #expect(page.contains("<annotation encoding=\"application/x-tex\">\\eta = 0.5</annotation></semantics></math>, "
                              + "<em>four</em> points</figcaption>"))
        #expect(page.contains("<title>Loss, η = 0.5</title>"))
    }

    @Test func aCaptionsTeXErrorIsLocatedInTheInfoLine() throws {
        let project = try ScratchProject(prefix: "weave-inline-tests")
        defer { project.remove() }
        try project.write("notebooks/bp.md", "```nn caption=\"$\\fracc{1}{2}$\"\nplot activations tanh\n```\n")
        let failure = try #require(throws: BuildFailure.self) { try project.build() }
        #expect(failure.formatted.hasSuffix("""
            bp.md:1:17: error: unsupported TeX command '\\fracc'
               1 | ```nn caption="$\\fracc{1}{2}$"
                 |                 ^~~~~~ did you mean '\\frac'?
            1 error

            """))
    }

    /// What an evaluation shows depends on later blocks: adding one that reads it runs the
    /// evaluation's block again (its tables go), and the cached page equals a clean one.
    @Test func aLaterReaderQuietsAnEvaluationThroughTheCache() throws {
        let project = try ScratchProject(prefix: "weave-inline-tests")
        defer { project.remove() }
        try project.write("notebooks/bp.md", Self.setup)
        #expect(try page(try project.build()).contains("<table"))
        try project.write("notebooks/bp.md", Self.setup + "```nn\nexpect e.accuracy >= 0\n```\n")
        let cached = try project.build()
        #expect(project.ran(cached) == ["bp.md#1", "bp.md#2"])
        #expect(cached.files == (try project.build(cached: false)).files)
        #expect(!(try page(cached)).contains("<table"))
    }
}
