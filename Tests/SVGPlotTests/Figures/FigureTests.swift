import Foundation
import Testing
import TestSupport

@testable import SVGPlot

@Suite struct FigureTests {
    static var lossFigure: Figure {
        Figure.lossCurves(
            [
                ("rate 0.01", Fixtures.loss(rate: 0.0004, floor: 0.017)),
                ("rate 0.1", Fixtures.loss(rate: 0.002, floor: 0.004)),
                ("rate 1", Fixtures.loss(rate: 0.01, floor: 0.03)),
            ], title: "Training loss", xStep: 100, key: "loss")
    }

    static var decisionFigure: Figure {
        Figure.decisionRegions(
            DecisionRegions(Fixtures.field(), valueRange: 0...1), points: Fixtures.moons, title: "h = 4",
            key: "boundary")
    }

    static var activationFigure: Figure {
        func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
        return Figure.functions(
            [
                .sampling("sigmoid", over: -5...5) { sigmoid($0) },
                .sampling("sigmoid′", over: -5...5, isDashed: true) { sigmoid($0) * (1 - sigmoid($0)) },
                .sampling("tanh", over: -5...5) { tanh($0) },
                .sampling("relu", over: -5...5) { max(0, $0) },
            ], title: "Activation functions", key: "activations")
    }

    @Test func lossPlotSnapshotAndBudget() {
        let svg = Self.lossFigure.svg()
        #expect(svg.utf8.count <= 15_000, "loss plot is \(svg.utf8.count) bytes")
        #expect(XMLCheck.isWellFormed(svg))
        #expect(svg.contains("<desc>Rate 0.01 falls from 0.69 to 0.0") && svg.contains("over 30000 iterations."))
        snapshots.assertMatches(svg, named: "loss.svg")
    }

    @Test func decisionRegionsSnapshotAndBudget() {
        let svg = Self.decisionFigure.svg()
        #expect(svg.utf8.count <= 40_000, "decision plot is \(svg.utf8.count) bytes")
        #expect(XMLCheck.isWellFormed(svg))
        // Ten bands and one path per class, each band filled with its Spectral colour.
        #expect(svg.components(separatedBy: "<path d=").count - 1 >= 12)
        // The lowest band takes Spectral's colour at 0.05, between #9e0142 and #d53e4f.
        #expect(svg.contains("fill=\"#ba1f49\""))
        #expect(svg.contains("values from 0 to 1 in 10 bands; "))
        snapshots.assertMatches(svg, named: "decision-regions.svg")
    }

    @Test func functionAndScatterSnapshots() {
        let functions = Self.activationFigure.svg()
        let moons = Figure.scatter(Fixtures.moons, title: "Two moons", key: "moons").svg()
        #expect(XMLCheck.isWellFormed(functions) && XMLCheck.isWellFormed(moons))
        #expect(moons.contains("<desc>60 points in 2 classes: 30 class 0, 30 class 1.</desc>"))
        snapshots.assertMatches(functions, named: "activations.svg")
        snapshots.assertMatches(moons, named: "moons.svg")
    }

    @Test func rootIsAccessibleAndScales() throws {
        let svg = Self.lossFigure.svg()
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"svgplot\" viewBox=\"0 0 416 312\""))
        #expect(svg.contains("role=\"img\"") && svg.contains("style=\"max-width:100%;height:auto\""))
        #expect(svg.contains("<title>Training loss</title>"))
        #expect(svg.contains("fill:var(--plot-text,#222)"))
    }

    @Test func idsComeFromTheKeyAndOnlyForClipPaths() {
        var other = Self.lossFigure
        other.key = "loss-2"
        let ids = [Self.lossFigure.svg(), other.svg()].flatMap { svg in
            svg.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        }
        #expect(ids == ["loss-clip-1", "loss-2-clip-1"])
        #expect(!Self.decisionFigure.svg().contains(" id=\""))
    }

    @Test func textIsEscaped() {
        let hostile = "a < b & \"c\" 'd' ]]> </svg>"
        var figure = Figure.scatter(
            Scatter(x: [0, 1], y: [0, 1], classes: [0, 1], classNames: [hostile, "ok"]), title: hostile, key: "x")
        figure.xAxis.title = hostile
        figure.yAxis.title = hostile
        figure.description = hostile
        let svg = figure.svg()
        #expect(XMLCheck.isWellFormed(svg))
        #expect(!svg.contains("]]>") && !svg.contains("< b") && !svg.contains("</svg><"))
        #expect(svg.contains("<title>a &lt; b &amp; \"c\" 'd' ]]&gt; &lt;/svg&gt;</title>"))
        snapshots.assertMatches(svg, named: "escaping.svg")
    }

    @Test func nonFiniteValuesBreakTheLine() {
        let figure = Figure(
            key: "gap", layers: [.line(LineSeries("loss", values: [3, 2, .nan, 1, 0.5, .infinity, 0.2]))])
        let svg = figure.svg()
        let path = svg.components(separatedBy: "stroke=\"#e03a3e\"")[0].components(separatedBy: "<path d=\"").last!
        // Runs [3, 2] and [1, 0.5]; the single 0.2 after ∞ cannot be stroked.
        #expect(path.filter { $0 == "M" }.count == 2)
        #expect(XMLCheck.isWellFormed(svg))
    }

    @Test func derivedDescriptionOfLines() {
        #expect(Self.activationFigure.summary.hasPrefix("Sigmoid rises from 0.00669 to 0.993; sigmoid′ ranges from 0.00665 to 0.25, ending at 0.00665; tanh"))
        #expect(Self.activationFigure.summary.hasSuffix("as x goes from -5 to 5."))
    }
}

@Suite struct LongCurveTests {
    @Test func everyIterationOfALongRunStaysWithinBudget() {
        let runs = [0.0003, 0.001, 0.003].map { rate in
            (label: "rate \(rate)", losses: (0..<30000).map { 0.01 + 0.68 * exp(-rate * Double($0)) })
        }
        let svg = Figure.lossCurves(runs, title: "All 30000 iterations", key: "long").svg()
        #expect(svg.utf8.count <= 15_000, "loss plot is \(svg.utf8.count) bytes")
        #expect(svg.contains("over 29999 iterations."))
    }
}

@Suite struct DivergingLossPlotTests {
    @Test func aLossThatOverflowsStillDrawsQuickly() {
        let figure = Figure.lossCurves(
            [(label: "diverged", losses: [1, 10, 1e100, 6.7e305, .infinity]), (label: "fine", losses: [0.5, 0.1, 0.01])],
            title: "rates", key: "huge")
        let svg = figure.svg()
        #expect(svg.contains("<path"))
        #expect(!svg.contains("nan") && !svg.contains("inf"))
    }
}
