import NotebookLanguage
import Testing
@testable import Notebook

/// The checker's side of literal data, plot keys, evaluate's `show=` and stand-in names.
@Suite struct CheckerNotebookFormsTests {
    @Test func pointsAreADatasetOfKnownSizes() throws {
        let command = NotebookFixture("xor = points [[0,0],[0,1],[1,0],[1,1]] labels=[0,1,1,0]").onlyCommand()
        #expect(command == .points(PointsSpec(features: [[0, 0], [0, 1], [1, 0], [1, 1]], labels: [0, 1, 1, 0])))
        // Its sizes are checked before anything runs: 2 features, 2 classes.
        let (_, text) = NotebookFixture("""
            xor = points [[0,0],[0,1],[1,0],[1,1]] labels=[0,1,1,0]
            net = network 3-2-1
            m = train net on xor epochs=10 rate=0.1
            """).check()
        #expect(text.contains("error: 'net' takes 3 inputs, but 'xor' has 2 features"))
    }

    @Test func plotKeysAreRead() throws {
        let (blocks, text) = NotebookFixture("""
            data = moons n=20
            net = network 2-2-1
            ms = train net on data epochs=10 rate=[0.1, 1]
            plot loss ms labels=["slow", "$\\eta = 1$"] ylim=[0, 1] legend=bottom-left title="Loss"
            plot boundary ms on data readout=false labels=["a", "b"]
            """).check()
        #expect(text == "")
        let plots = blocks[0].statements.compactMap { if case .plot(let spec) = $0.command { spec } else { nil } }
        #expect(plots[0].labels == ["slow", "$\\eta = 1$"])
        #expect(plots[0].yRange == 0...1)
        #expect(plots[0].legend == .bottomLeft)
        #expect(plots[0].showsReadout)
        #expect(plots[0].textLocations.title == SourceLocation(file: "t.md", line: 6, column: 82))
        #expect(plots[0].textLocations.labels.map(\.column) == [23, 31])
        #expect(!plots[1].showsReadout)
    }

    /// An evaluation named and read by a later statement (before the name is defined again)
    /// shows nothing; any other shows both tables; `show=` decides when given.
    @Test func evaluationsShowTablesOnlyWhenNothingElseUsesThem() {
        let (blocks, text) = NotebookFixture([
            """
            data = moons n=20
            net = network 2-2-1
            m = train net on data epochs=10 rate=0.1
            e = evaluate m on data
            unused = evaluate m on data
            evaluate m on data
            shown = evaluate m on data show=confusion
            """,
            """
            expect e.accuracy >= 0
            expect shown.accuracy >= 0
            unused = evaluate m on data
            """,
        ]).check()
        #expect(text == "")
        let shows = blocks.flatMap(\.statements).compactMap { statement -> EvaluationDisplay? in
            if case .evaluate(let spec) = statement.command { spec.show } else { nil }
        }
        #expect(shows == [EvaluationDisplay.none, .all, .all, .confusion, .all])
    }

    /// A statement that fails defines its names all the same, so later uses say nothing more.
    @Test func brokenStatementsStandInForTheirNames() {
        let (_, text) = NotebookFixture([
            "data = moons n=60 noise=\"x\nnet = netwrk 2-2-1",
            "m = train net on data epochs=10 rate=0.1\ne = evaluate m on data\nexpect e.accuracy > 0.5\nplot loss m",
        ]).check()
        #expect(!text.contains("undefined name"))
        #expect(text.hasSuffix("2 errors\n"))
    }

    /// A misspelt key's "did you mean" is the only message: the key it stands for is not
    /// reported missing as well.
    @Test func aMisspeltKeyIsNotAlsoReportedMissing() {
        let (_, text) = NotebookFixture("""
            data = moons
            net = network 2-1
            m = train net on data epoch=2000 rate=0.1
            """).check()
        #expect(text.contains("unknown key 'epoch' for 'train'"))
        #expect(text.contains("did you mean 'epochs'?"))
        #expect(!text.contains("needs 'epochs='"))
        // Without the misspelling, the missing key is reported.
        #expect(NotebookFixture("data = moons\nnet = network 2-1\nm = train net on data rate=0.1").check().text
            .contains("error: 'train' needs 'epochs='"))
    }
}

/// Before running, a plot's texts become plain text (Markdown and math, as an SVG can show them).
@Suite struct PlainPlotTextTests {
    @Test func titlesAxisTitlesAndLabelsArePlain() throws {
        let (blocks, text) = NotebookFixture("""
            data = moons n=20
            net = network 2-2-1
            ms = train net on data epochs=10 rate=[0.1, 1]
            plot loss ms labels=["$\\eta = 0.1$", "*fast*"] title="Loss by $\\eta$" xlabel="$t$" ylabel="$E$"
            plot loss ms title="$\\fracc{1}{2}$"
            """).check()
        #expect(text == "")
        var diagnostics: [Diagnostic] = []
        let plain = NotebookCompiler.plainPlotTexts(blocks, diagnostics: &diagnostics)
        guard case .plot(let spec) = plain[0].statements[3].command else { Issue.record("not a plot"); return }
        #expect(spec.labels == ["η = 0.1", "fast"])
        #expect(spec.title == "Loss by η")
        #expect(spec.xLabel == "t" && spec.yLabel == "E")
        #expect(diagnostics.map(\.message) == [#"unsupported TeX command '\fracc'"#])
        #expect(diagnostics.first?.location == SourceLocation(file: "t.md", line: 7, column: 22))
    }
}
