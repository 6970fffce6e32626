import Testing

@testable import SVGPlot

@Suite struct GridTests {
    @Test func samplesCoverTheRectangleEndsIncluded() {
        let grid = Grid(x: -1...1, y: 0...4, columns: 3, rows: 5) { x, y in 10 * x + y }
        #expect(grid.values == [-10, 0, 10, -9, 1, 11, -8, 2, 12, -7, 3, 13, -6, 4, 14])
        #expect(grid[column: 2, row: 4] == 14)
        #expect(grid.xPosition(column: 0.5) == -0.5 && grid.yPosition(row: 4) == 4)
    }

    @Test func finiteRangeSkipsNaNAndInfinity() {
        let grid = Grid(columns: 2, rows: 2, values: [.nan, 3, -.infinity, -2], x: 0...1, y: 0...1)
        #expect(grid.finiteRange == -2...3)
    }
}
