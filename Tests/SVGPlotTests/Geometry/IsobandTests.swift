import Testing

@testable import SVGPlot

@Suite struct IsobandTests {
    /// The area a band's rings cover under the even-odd rule, for nested rings.
    static func area(_ band: Isoband) -> Double {
        abs(band.rings.map(\.signedArea).reduce(0, +))
    }

    @Test func linearFieldGivesEqualStrips() {
        let grid = Grid(x: 0...1, y: 0...2, columns: 21, rows: 21) { x, _ in x }
        let bands = Isoband.bands(of: grid, thresholds: [0.25, 0.5, 0.75])
        #expect(bands.map(\.lower) == [-.infinity, 0.25, 0.5, 0.75])
        #expect(bands.map(\.upper) == [0.25, 0.5, 0.75, .infinity])
        for band in bands {
            #expect(abs(Self.area(band) - 0.5) < 1e-9)
        }
    }

    @Test func bandsAboveTheDataAreLeftOut() {
        let grid = Grid(x: 0...1, y: 0...1, columns: 5, rows: 5) { x, y in (x + y) / 4 }
        let bands = Isoband.bands(of: grid, thresholds: [0.25, 0.5, 0.75])
        // Only the corner (1, 1) reaches 0.5: a region without area.
        #expect(bands.count == 2)
        #expect(abs(bands.map(Self.area).reduce(0, +) - 1) < 1e-9)
    }

    /// Neighbouring bands share each simplified ring exactly: the hole of one band is the outer
    /// boundary of the next, point for point, reversed.
    @Test func simplifiedBandsStayWatertight() {
        let grid = Grid(x: -2...2, y: -2...2, columns: 61, rows: 61) { x, y in x * x + y * y + 0.3 * x * y }
        let simplify = { (ring: Polyline) in
            Polyline(Simplification.douglasPeucker(ring: ring.points.map { ($0.x * 80, $0.y * 80) }, tolerance: 0.25)
                .map { Point($0.0, $0.1) }, isClosed: true)
        }
        let bands = Isoband.bands(of: grid, thresholds: [1, 2, 3], transform: simplify)
        #expect(bands.count == 4)
        for (index, level) in [1.0, 2, 3].enumerated() {
            let region = MarchingSquares(grid).rings(above: level).map(simplify)
            #expect(!region.isEmpty)
            #expect(Array(bands[index + 1].rings.prefix(region.count)) == region)
            let holes = bands[index].rings.suffix(region.count).map { Array($0.points.reversed()) }
            #expect(holes == region.map(\.points))
        }
        // Areas still add up to the whole square (16 · 80²) within a tenth of a per cent.
        let total = bands.map(Self.area).reduce(0, +)
        #expect(abs(total - 16 * 6400) / (16 * 6400) < 0.001)
    }
}
