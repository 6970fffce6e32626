import Testing

@testable import SVGPlot

@Suite struct DecisionRegionsTests {
    @Test func summaryStatesTheShareAboveTheBoundary() {
        let grid = Grid(x: 0...4, y: 0...1, columns: 41, rows: 5) { x, _ in x / 4 }
        let regions = DecisionRegions(grid, valueRange: 0...1, boundaryLevel: 0.75)
        #expect(regions.summary == "decision regions over x from 0 to 4 and y from 0 to 1, values from 0 to 1 in 10 bands; 25 % of the area lies at or above the boundary 0.75")
    }

    @Test func bandColoursFollowTheMap() {
        let grid = Grid(x: 0...1, y: 0...1, columns: 3, rows: 3) { x, _ in x }
        let regions = DecisionRegions(grid, valueRange: 0...1, bands: 2)
        #expect(regions.thresholds == [0.5])
        let bands = Isoband.bands(of: grid, thresholds: regions.thresholds)
        #expect(bands.map { regions.color(of: $0) } == [ColorMap.spectral.color(at: 0.25), ColorMap.spectral.color(at: 0.75)])
    }
}
