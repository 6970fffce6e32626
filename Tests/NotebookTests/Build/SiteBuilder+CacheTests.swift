import Foundation
import NotebookLanguage
import Testing
import TestSupport
@testable import Notebook

/// Invalidation: exactly the blocks whose inputs changed run again, and a cached build gives the
/// same bytes as a clean one.
@Suite struct SiteBuilderCacheTests {
    static func notebook(
        prose: String = "Intro prose.", noise: String = "0.1", netSeed: Int = 3, plot: String = "plot loss model",
        caption: String = "Loss", swapLastTwo: Bool = false, inserted: String? = nil
    ) -> String {
        let evaluate = """
            ```nn
            e = evaluate model on data
            print e.accuracy
            ```
            """
        let lossPlot = """
            ```nn caption="\(caption)"
            \(plot)
            ```
            """
        return """
            # Backpropagation

            \(prose)

            ```nn caption="The data"
            data = moons n=40 noise=\(noise) seed=1
            plot data data
            ```

            ```nn
            net = network 2-3-1 hidden=tanh output=sigmoid init=normal seed=\(netSeed)
            model = train net on data epochs=30 rate=0.5
            ```

            \(inserted.map { "```nn\n\($0)\n```\n" } ?? "")
            \(swapLastTwo ? lossPlot : evaluate)

            Between the two.

            \(swapLastTwo ? evaluate : lossPlot)

            """
    }

    /// Builds `text` as bp.md through the cache, checks the result equals a clean build, and
    /// returns the blocks that ran.
    func rebuild(_ project: ScratchProject, _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String] {
        try project.write("notebooks/bp.md", text)
        let cached = try project.build()
        let clean = try project.build(cached: false)
        #expect(cached.files == clean.files, "a cached build differs from a clean one", sourceLocation: sourceLocation)
        return project.ran(cached)
    }

    @Test func firstBuildRunsEverythingThenNothing() throws {
        let project = try ScratchProject(prefix: "weave-cache-tests")
        defer { project.remove() }
        #expect(try rebuild(project, Self.notebook()) == ["bp.md#0", "bp.md#1", "bp.md#2", "bp.md#3"])
        #expect(try rebuild(project, Self.notebook()) == [])
    }

    @Test func proseAndCaptionEditsRunNothing() throws {
        let project = try ScratchProject(prefix: "weave-cache-tests")
        defer { project.remove() }
        _ = try rebuild(project, Self.notebook())
        #expect(try rebuild(project, Self.notebook(prose: "New prose,\n\nthree lines longer.\n\nReally.")) == [])
        #expect(try rebuild(project, Self.notebook(caption: "The loss falls")) == [])
        let page = try #require(try project.build().files["bp.html"])
        #expect(String(decoding: page, as: UTF8.self).contains("The loss falls"))
    }

    @Test func plotEditRunsOnlyThePlot() throws {
        let project = try ScratchProject(prefix: "weave-cache-tests")
        defer { project.remove() }
        _ = try rebuild(project, Self.notebook())
        #expect(try rebuild(project, Self.notebook(plot: "plot loss model log=true")) == ["bp.md#3"])
    }

    @Test func datasetEditRunsItAndEveryDependent() throws {
        let project = try ScratchProject(prefix: "weave-cache-tests")
        defer { project.remove() }
        _ = try rebuild(project, Self.notebook())
        #expect(try rebuild(project, Self.notebook(noise: "0.2")) == ["bp.md#0", "bp.md#1", "bp.md#2", "bp.md#3"])
    }

    @Test func networkSeedEditRetrainsAndItsDependents() throws {
        let project = try ScratchProject(prefix: "weave-cache-tests")
        defer { project.remove() }
        _ = try rebuild(project, Self.notebook())
        #expect(try rebuild(project, Self.notebook(netSeed: 4)) == ["bp.md#1", "bp.md#2", "bp.md#3"])
    }

    @Test func reorderingIndependentBlocksRunsNothing() throws {
        let project = try ScratchProject(prefix: "weave-cache-tests")
        defer { project.remove() }
        _ = try rebuild(project, Self.notebook())
        // The plot moves from index 3 to 2: its figure keys and clip-path ids follow it.
        #expect(try rebuild(project, Self.notebook(swapLastTwo: true)) == [])
    }

    @Test func insertedRedefinitionInvalidatesItsReaders() throws {
        let project = try ScratchProject(prefix: "weave-cache-tests")
        defer { project.remove() }
        _ = try rebuild(project, Self.notebook())
        let inserted = "model = train net on data epochs=10 rate=0.5"
        #expect(try rebuild(project, Self.notebook(inserted: inserted)) == ["bp.md#2", "bp.md#3", "bp.md#4"])
    }

    @Test func changedEngineVersionRunsEverything() throws {
        let project = try ScratchProject(prefix: "weave-cache-tests")
        defer { project.remove() }
        _ = try rebuild(project, Self.notebook())
        #expect(project.ran(try project.build(engineVersion: "another engine")).count == 4)
        #expect(project.ran(try project.build(engineVersion: "another engine")).isEmpty)
    }
}
