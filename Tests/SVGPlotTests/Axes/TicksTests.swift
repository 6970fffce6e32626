import Testing

@testable import SVGPlot

@Suite struct TicksTests {
    @Test func smallAwkwardRange() {
        let ticks = Ticks.linear(0.00037...0.0041)
        #expect(ticks.labels == ["0.001", "0.002", "0.003", "0.004"])
    }

    @Test func rangeAcrossZero() {
        let ticks = Ticks.linear(-3.2...4.7)
        #expect(ticks.values == [-2, 0, 2, 4])
        #expect(ticks.labels == ["\u{2212}2", "0", "2", "4"])
    }

    @Test func iterations() {
        let ticks = Ticks.linear(1...30000)
        #expect(ticks.labels == ["5000", "10000", "15000", "20000", "25000", "30000"])
    }

    @Test func decimalStepsAreExact() {
        #expect(Ticks.linear(0...1).labels == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(Ticks.linear(0.1...0.35, target: 3).values == [0.1, 0.2, 0.3])
    }

    @Test func logarithmicDecades() {
        let ticks = Ticks.logarithmic(0.01...2)
        #expect(ticks.values == [0.01, 0.1, 1])
        #expect(ticks.labels == ["0.01", "0.1", "1"])
    }

    @Test func shortLogarithmicRangeGetsMultiples() {
        #expect(Ticks.logarithmic(0.15...3).labels == ["0.2", "0.5", "1", "2"])
    }

    @Test func hundredsOfDecadesGetAtMostTenTicks() {
        let ticks = Ticks.logarithmic(0.01...6.7e305)
        #expect(ticks.values.count <= 11)
        #expect(ticks.values.first == 1)
        #expect(ticks.values.allSatisfy { $0.isFinite })
        #expect(Ticks.logarithmic(1...Double.infinity).values.count <= 11)
    }
}
