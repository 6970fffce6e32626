import Foundation
@testable import Notebook
import Testing

@Suite struct BlockRunPlotsTests {
    static let setup = """
        data = moons n=30 noise=0.1 seed=1
        nets = network 2-[1,3]-1 seed=3
        models = train nets on data epochs=20 rate=0.5
        net = network 2-3-1 seed=3
        model = train net on data epochs=20 rate=0.5

        """

    /// The figures drawn, colour keys left out.
    func figures(_ lines: String) throws -> [RenderedFigure] {
        try allFigures(lines).filter { !$0.isKey }
    }

    func allFigures(_ lines: String) throws -> [RenderedFigure] {
        let result = try #require(EngineFixture.result(Self.setup + lines))
        #expect(result.diagnostics.isEmpty)
        return result.figures
    }

    @Test func everyPlotKindGivesAnSVGWithAKeyFromTheBlock() throws {
        let figures = try self.figures("""
            plot data data title="Moons"
            plot boundary model on data
            plot loss models model log=true
            plot activations sigmoid tanh relu
            plot hidden model on data
            """)
        #expect(figures.map(\.key) == ["b0-1", "b0-2", "b0-3", "b0-4", "b0-5"])
        #expect(figures.allSatisfy { $0.svg.hasPrefix("<svg") && $0.svg.hasSuffix("</svg>") })
        #expect(figures[0].title == "Moons")
        #expect(figures[0].description == "Dataset data: 30 points in 2 classes (15 of class 0, 15 of class 1).")
        #expect(figures[1].description.hasPrefix("Decision regions on data (30 points) of model: accuracy "))
        #expect(figures[2].description.hasPrefix("Loss during training: models h = 1 falls from "))
        #expect(figures[2].description.contains("; model falls from "))
        #expect(figures[3].description.hasPrefix("Activations over x from -5 to 5: sigmoid from 0.00669 to 0.993; "
                                                 + "tanh from -1 to 1; relu from 0 to 5."))
        #expect(figures[4].description.hasPrefix("data as hidden layer 1 of model sees it (30 points"))
    }

    @Test func aSweepOrSeveralModelsGiveSmallMultiplesTitledWithAccuracy() throws {
        let all = try self.allFigures("""
            plot boundary models on data grid=1x2
            plot boundary model models on data
            """)
        // Each figure: its colour key, then one SVG per panel, titled by what the panel is: a
        // sweep's models by what varies, a single model by its architecture.
        #expect(all.map(\.isKey) == [true, false, false, true, false, false, false])
        #expect(all[1].svg.contains(">h = 1 · ") && all[2].svg.contains(">h = 3 · "))
        #expect(all[4].svg.contains(">2-3-1 tanh · "))
        #expect(all[5].svg.contains(">models h = 1 · ") && all[6].svg.contains(">models h = 3 · "))
        #expect(all[3].description.components(separatedBy: "accuracy").count == 4)
        #expect(all[0].svg.contains(">p(class 1)</text>") && all[0].svg.contains("<title>Colour key: classes and p(class 1)</title>"))
        for panel in all where !panel.isKey { #expect(panel.svg.contains(#"viewBox="0 0 336 276""#)) }
    }

    @Test func twoOutputsAreShadedByTheClassTheyPredict() throws {
        let all = try self.allFigures("""
            two = network 2-3-2 seed=3
            fit = train two on data epochs=20 rate=0.5
            plot boundary fit on data
            """)
        #expect(all[0].isKey && all[0].svg.contains(">o₂ / (o₁ + o₂)</text>"))
    }

    @Test func featureNamesAreAxisTitles() throws {
        let svg = try #require(try self.figures("plot data data").first?.svg)
        #expect(svg.contains(">x₁</text>") && svg.contains(">x₂</text>"))
        #expect(svg.contains("<title>X₂ against x₁: 30 points in 2 classes</title>"))
    }

    @Test func derivativesComeInASecondPanel() throws {
        let figures = try self.figures("plot activations step leakyrelu derivatives=true range=[-2,2]")
        #expect(figures.count == 2)
        #expect(figures[0].description == "Activations over x from -2 to 2: step from 0 to 1; leakyrelu from -0.02 to 2.")
        #expect(figures[1].description == "Derivatives over x from -2 to 2: step′ from 0 to 0; leakyrelu′ from 0.01 to 1.")
        #expect(figures[1].svg.contains(">f′(x)<"))
    }

    /// Step jumps at 0: its curve is drawn in two pieces, with no vertical connector.
    @Test func jumpsAreNotDrawnAsLines() throws {
        let svg = try #require(try self.figures("plot activations step range=[-2,2]").first?.svg)
        let curve = try #require(svg.components(separatedBy: "stroke=\"#e03a3e\"").first?.components(separatedBy: "<path d=\"").last)
        #expect(curve.filter { $0 == "M" }.count == 2)
    }

    @Test func theBoundaryIsEvaluatedOverTheDataWithAMargin() throws {
        let result = try #require(EngineFixture.result("""
            data = blobs n=20 centers=[[-1,-1],[1,1]] spread=0
            net = network 2-1 output=sigmoid w1=[[1,1]]
            m = train net on data epochs=1 rate=0.01
            plot boundary m on data
            """))
        let description = try #require(result.figures.first { !$0.isKey }?.description)
        #expect(description.hasPrefix("Decision regions on data (20 points) of m: accuracy 20/20 (100.0 %)"))
        // The data's range with a margin of 0.5, and half of that square above the line x + y = 0.
        #expect(description.contains("Decision regions over x from -1.5 to 1.5 and y from -1.5 to 1.5,"))
        #expect(description.contains("; 50 % of the area lies at or above the boundary 0.5"))
    }

    @Test func theBlockSizeSetsAPanelOrTheWholeGrid() throws {
        let fixture = NotebookFixture(Self.setup + "plot data data\nplot boundary models on data")
        var interpreter = Interpreter(notebookDirectory: FileManager.default.temporaryDirectory)
        let block = try #require(fixture.check().blocks.first)
        let figures = interpreter.run(block, index: 0, figureSize: FigureSize(width: 640, height: 300)).figures
            .filter { !$0.isKey }
        #expect(figures[0].svg.contains(#"viewBox="0 0 640 300""#))
        #expect(figures[1].svg.contains(#"viewBox="0 0 320 300""#) && figures[2].svg.contains(#"viewBox="0 0 320 300""#))
        let defaults = try #require(EngineFixture.result(Self.setup + "plot data data\nplot boundary models on data")).figures
            .filter { !$0.isKey }
        #expect(defaults[0].svg.contains(#"viewBox="0 0 416 312""#))
        #expect(defaults[1].svg.contains(#"viewBox="0 0 336 276""#))
    }

    @Test func moreThanTwoClassesAreDrawnAsPredictedClasses() throws {
        let result = try #require(EngineFixture.result("""
            three = blobs n=30 centers=[[-2,-2],[2,2],[2,-2]] spread=0.3
            net = network 2-4-3 output=softmax seed=1
            m = train net on three epochs=50 rate=0.5
            plot boundary m on three
            """))
        let description = try #require(result.figures.first { !$0.isKey }?.description)
        #expect(description.hasPrefix("Decision regions on three (30 points) of m: accuracy 30/30 (100.0 %)"))
        #expect(description.contains("values from 0 to 2 in 3 bands"))
    }
}
