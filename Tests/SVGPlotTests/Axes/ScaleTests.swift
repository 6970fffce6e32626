import Testing

@testable import SVGPlot

@Suite struct ScaleTests {
    @Test func linearMarginIsAShareOfTheSpan() {
        #expect(Scale.linear.paddedDomain([0, 10, .nan], margin: 0.05) == -0.5...10.5)
        #expect(Scale.linear.paddedDomain([3], margin: 0.05) == 1.9...4.1)
    }

    @Test func logarithmicIgnoresNonPositiveValues() {
        let domain = Scale.logarithmic.paddedDomain([0, -1, 0.01, 1], margin: 0)
        #expect(domain == 0.01...1)
        #expect(Scale.logarithmic.fraction(0.1, in: domain) == 0.5)
        #expect(Scale.logarithmic.fraction(0, in: domain).isNaN)
    }

    @Test func logarithmicSpanningTheWholeDoubleRangeStaysFinite() {
        // A diverged loss: from 0.1 up to 10^303, padded to the largest finite double.
        let domain = Scale.logarithmic.paddedDomain([0.1, 1e303], margin: 0.05)
        #expect(domain.upperBound == .greatestFiniteMagnitude)
        let fractions = [0.1, 1, 1e150, 1e303, domain.upperBound].map { Scale.logarithmic.fraction($0, in: domain) }
        #expect(fractions.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 })
        #expect(fractions == fractions.sorted())
        #expect(Scale.logarithmic.fraction(domain.upperBound, in: domain) == 1)
    }
}
