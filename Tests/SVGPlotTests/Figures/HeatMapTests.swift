import Foundation
import Testing
import TestSupport

@testable import SVGPlot

@Suite struct HeatMapTests {
    @Test func equalNeighboursMergeIntoRectangles() {
        // Two levels: a 2 × 2 block of highs in the corner of a 3 × 3 grid of lows.
        let grid = Grid(columns: 3, rows: 3, values: [1, 1, 0, 1, 1, 0, 0, 0, 0], x: 0...2, y: 0...2)
        let cells = HeatMap(grid, valueRange: 0...1, levels: 2).mergedCells()
        let described = cells.map { [$0.level, $0.column, $0.row, $0.width, $0.height] }
        #expect(described == [[0, 2, 0, 1, 2], [0, 0, 2, 3, 1], [1, 0, 0, 2, 2]])
    }

    @Test func snapshotOfCellsAndBands() {
        let grid = Grid(x: 1...24, y: 1...6, columns: 24, rows: 6) { x, y in sin(x / 4 + y) }
        let cells = Figure(
            key: "cells", title: "Hidden activations", xAxis: Axis("sample"), yAxis: Axis("unit"),
            layers: [.heatMap(HeatMap(grid, valueRange: -1...1, levels: 8, colorMap: .spectral))])
        let bands = Figure(
            key: "bands", title: "As bands",
            layers: [.heatMap(HeatMap(grid, valueRange: -1...1, levels: 8, colorMap: .spectral, style: .bands))])
        let svg = FigureGrid(key: "heat", columns: 2, panels: [cells, bands]).svg()
        #expect(XMLCheck.isWellFormed(svg))
        #expect(svg.contains("A heat map of 6 × 24 values, values from -1 to 0.997"))
        snapshots.assertMatches(svg, named: "heat-map.svg")
    }
}
