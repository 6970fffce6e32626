import Testing
import TestSupport

@testable import SVGPlot

@Suite struct FigureGridTests {
    static var grid: FigureGrid {
        let panels = [1, 2, 3, 4, 5, 6].map { index in
            Figure.decisionRegions(
                DecisionRegions(Fixtures.field(steepness: Double(index) * 1.5), valueRange: 0...1),
                points: Fixtures.moons, title: "h = \(index)", key: "unused")
        }
        return FigureGrid(key: "sweep", title: "Hidden layer size", columns: 3, panels: panels)
    }

    @Test func twoByThreeSnapshotAndBudget() {
        let svg = Self.grid.svg()
        #expect(Self.grid.rows == 2 && Self.grid.width == 1008 && Self.grid.height == 576)
        #expect(svg.utf8.count <= 250_000, "grid is \(svg.utf8.count) bytes")
        #expect(XMLCheck.isWellFormed(svg))
        // One style for all panels, a title per panel.
        #expect(svg.components(separatedBy: "<style>").count == 2)
        for index in 1...6 { #expect(svg.contains(">h = \(index)</text>")) }
        snapshots.assertMatches(svg, named: "small-multiples.svg")
    }

    @Test func panelsOfLineFiguresGetTheirOwnClipIDs() {
        let line = Figure(key: "k", layers: [.line(LineSeries("a", values: [1, 2, 3]))])
        let svg = FigureGrid(key: "lr", columns: 2, panels: [line, line]).svg()
        #expect(svg.contains("id=\"lr-clip-1\"") && svg.contains("id=\"lr-clip-2\""))
        #expect(svg.contains("url(#lr-clip-2)"))
    }

    /// Small multiples reflow on a page: each panel is an SVG of its own at the panel's size,
    /// with its own clip path, title and description.
    @Test func panelsAsSeparateDocuments() {
        let panels = Self.grid.panelSVGs(includingStyle: false)
        #expect(panels.count == 6)
        for (index, svg) in panels.enumerated() {
            #expect(XMLCheck.isWellFormed(svg))
            #expect(svg.contains("viewBox=\"0 0 336 276\" width=\"336\" height=\"276\""))
            #expect(svg.contains("<title>Hidden layer size: h = \(index + 1)</title>"))
            #expect(svg.contains("<desc>Decision regions over x from -1.5 to 2.5"))
            #expect(!svg.contains("<style>"))
        }
        let line = Figure(key: "k", layers: [.line(LineSeries("a", values: [1, 2, 3]))])
        let svgs = FigureGrid(key: "lr", columns: 2, panels: [line, line]).panelSVGs()
        #expect(svgs[1].contains("id=\"lr-clip-2\"") && svgs[1].contains("url(#lr-clip-2)"))
    }

    @Test func summaryNamesEveryPanel() {
        #expect(Self.grid.summary.hasPrefix("6 panels in 2 × 3. h = 1: Decision regions over x from -1.5 to 2.5"))
    }
}
