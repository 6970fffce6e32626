import Testing

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
        #expect(Self.grid.rows == 2 && Self.grid.width == 960 && Self.grid.height == 544)
        #expect(svg.utf8.count <= 250_000, "grid is \(svg.utf8.count) bytes")
        #expect(Snapshot.isWellFormedXML(svg))
        // One style for all panels, a title per panel.
        #expect(svg.components(separatedBy: "<style>").count == 2)
        for index in 1...6 { #expect(svg.contains(">h = \(index)</text>")) }
        Snapshot.assertMatches(svg, named: "small-multiples.svg")
    }

    @Test func panelsOfLineFiguresGetTheirOwnClipIDs() {
        let line = Figure(key: "k", layers: [.line(LineSeries("a", values: [1, 2, 3]))])
        let svg = FigureGrid(key: "lr", columns: 2, panels: [line, line]).svg()
        #expect(svg.contains("id=\"lr-clip-1\"") && svg.contains("id=\"lr-clip-2\""))
        #expect(svg.contains("url(#lr-clip-2)"))
    }

    @Test func summaryNamesEveryPanel() {
        #expect(Self.grid.summary.hasPrefix("6 panels in 2 × 3. h = 1: Decision regions over x from -1.5 to 2.5"))
    }
}
