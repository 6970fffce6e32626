import Testing

@testable import SVGPlot

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (12.3456, "12.35"), (3.0, "3"), (0.07, "0.07"), (-0.001, "0"), (-2.5, "-2.5"), (480, "480"),
        (0.105, "0.11"),
    ])
    func coordinatesAreTrimmedToHundredths(value: Double, expected: String) {
        #expect(NumberFormat.coordinate(value) == expected)
    }

    @Test func fixedKeepsItsDecimals() {
        #expect(NumberFormat.fixed(0.5, decimals: 2) == "0.50")
        #expect(NumberFormat.fixed(-0.0001, decimals: 3) == "0.000")
        #expect(NumberFormat.fixed(0.0004, decimals: 4) == "0.0004")
        #expect(NumberFormat.fixed(30000, decimals: 0) == "30000")
    }

    @Test(arguments: [(0.017043, "0.017"), (1.4213, "1.42"), (30000, "30000"), (-0.000123456, "-0.000123"), (0, "0")])
    func significantDigits(value: Double, expected: String) {
        #expect(NumberFormat.significant(value, 3) == expected)
    }

    @Test func powersOfTenHaveExactFloorLogarithms() {
        #expect((1000.0).log10Floor == 3)
        #expect((0.001).log10Floor == -3)
        #expect((999.999).log10Floor == 2)
    }
}
