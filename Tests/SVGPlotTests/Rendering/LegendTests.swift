import Foundation
import Testing

@testable import SVGPlot

/// Legends never cover data: read back from the SVG, no vertex of a curve, marker or note lies
/// under a legend box, and the box is as wide as its text measured in the font's advances.
@Suite struct LegendTests {
    static func uncovered(_ svg: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let boxes = SVGReader.legendBoxes(svg)
        let vertices = SVGReader.dataVertices(svg)
        #expect(!vertices.isEmpty, sourceLocation: sourceLocation)
        for box in boxes {
            let under = vertices.filter { $0.0 >= box.x && $0.0 <= box.x + box.width && $0.1 >= box.y && $0.1 <= box.y + box.height }
            #expect(under.isEmpty, "\(under.count) vertices under the legend at \(box)", sourceLocation: sourceLocation)
        }
    }

    /// Points fill the top-right corner, where a fixed legend used to go.
    @Test func aScatterLegendMovesOffThePoints() {
        var x: [Double] = [], y: [Double] = [], classes: [Int] = []
        for index in 0..<200 {
            let t = Double(index) / 200
            x.append(0.5 + 0.5 * t + 0.02 * sin(Double(index) * 7))
            y.append(0.5 + 0.5 * sin(Double(index) * 3.1) * t)
            classes.append(index % 2)
        }
        x += [0, 1, 0, 1]
        y += [0, 0, 1, 1]
        classes += [0, 1, 0, 1]
        let figure = Figure.scatter(Scatter(x: x, y: y, classes: classes), key: "s")
        let svg = figure.svg()
        #expect(SVGReader.legendBoxes(svg).count == 1)
        Self.uncovered(svg)
        Self.uncovered(Figure.scatter(Fixtures.moons, key: "m").svg())
    }

    /// Curves whose ends crowd the right side: the legend avoids every vertex, including the ends
    /// where the final values are read.
    @Test func lossCurvesKeepTheirEndsVisible() {
        var legendOnly = FigureTests.lossFigure
        legendOnly.layers = Array(legendOnly.layers.prefix(2)) + [.line(LineSeries("short", values: [0.6, 0.3, 0.2], xStep: 5000))]
        #expect(SVGReader.legendBoxes(legendOnly.svg()).count == 1)
        Self.uncovered(legendOnly.svg())
        Self.uncovered(FigureTests.lossFigure.svg())
        Self.uncovered(FigureTests.activationFigure.svg())
        var narrow = FigureTests.lossFigure
        narrow.width = 336
        narrow.height = 276
        Self.uncovered(narrow.svg())
    }

    /// When every place inside covers data, the legend goes below the plot area.
    @Test func aFullPlotPutsTheLegendOutside() {
        var points: [Point] = [], classes: [Int] = []
        for row in 0..<40 {
            for column in 0..<40 {
                points.append(Point(Double(column), Double(row)))
                classes.append((row + column) % 3)
            }
        }
        var figure = Figure.scatter(Scatter(points: points, classes: classes), key: "full")
        figure.xAxis.title = "x₁"
        let renderer = PanelRenderer(figure: figure, clipID: "full-clip-1")
        let layout = renderer.layout
        #expect(layout.isLegendOutside)
        let box = try! #require(layout.legend?.box)
        #expect(box.y > layout.frame.bottom + 20)
        #expect(box.bottom <= figure.height)
        // A figure of its own grows by the legend's rows instead of shrinking its plot.
        let svg = figure.svg()
        let height = SVGReader.attribute("height", in: svg.prefix { $0 != ">" }[...]) ?? 0
        #expect(height > figure.height)
        Self.uncovered(svg)
    }

    /// The box is sized from the font's advances: wide characters take a full em, so a CJK
    /// label gets a box wider than its character count would suggest.
    @Test func boxesFitTheirTextByTheFontsAdvances() {
        let latin = Figure.scatter(Scatter(x: [0, 1], y: [0, 1], classes: [0, 1], classNames: ["medium_run", "m"]), key: "a")
        let cjk = Figure.scatter(Scatter(x: [0, 1], y: [0, 1], classes: [0, 1], classNames: ["中文标签", "m"]), key: "b")
        let latinBox = try! #require(SVGReader.legendBoxes(latin.svg()).first)
        let cjkBox = try! #require(SVGReader.legendBoxes(cjk.svg()).first)
        let latinText = FontMetrics.width("medium_run", size: TextStyle.body)
        #expect(abs(latinBox.width - (latinText + Legend.swatchWidth + 4 + 2 * Legend.padding)) < 0.02)
        #expect(abs(cjkBox.width - (4 * TextStyle.body + Legend.swatchWidth + 4 + 2 * Legend.padding)) < 0.02)
        // "medium_run" in DejaVu Sans at 13 px is wider than the old 6.2 px a character.
        #expect(latinText > 6.2 * 10)
    }
}

@Suite struct FontMetricsTests {
    @Test func advancesOfDejaVuSans() {
        // From the font file: 'i' 569, 'm' 1995, digits 1303 units of 2048.
        #expect(FontMetrics.width("i", size: 2048) == 569)
        #expect(FontMetrics.width("m", size: 2048) == 1995)
        #expect(FontMetrics.width("0123456789", size: 2048) == 13030)
        #expect(FontMetrics.width("η", size: 2048) > 0)
        #expect(FontMetrics.width("中", size: 10) == 10)
        #expect(FontMetrics.width("e\u{301}", size: 2048) == FontMetrics.width("e", size: 2048))
    }
}
