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
}
