import Foundation
import NeuralNet
import Testing

@Suite struct ElementaryLogarithmTests {
    @Test func logIsWithinOneUlpOfTheTruth() {
        let worst = UlpMeasure.maxError(Elementary.log, table: ElementaryReference.log)
        #expect(worst.count > 250)
        #expect(worst.ulps <= 1, "max \(worst.ulps) ulp at x = \(worst.at)")
    }

    @Test func log1pIsWithinOneUlpOfTheTruth() {
        let worst = UlpMeasure.maxError(Elementary.log1p, table: ElementaryReference.log1p)
        #expect(worst.count > 250)
        #expect(worst.ulps <= 1, "max \(worst.ulps) ulp at x = \(worst.at)")
    }

    @Test func logAgreesWithLibm() {
        // All binades, subnormals included, then densely around 1 where the result is small.
        let wide = UlpMeasure.maxDistance(Elementary.log, Foundation.log,
                                          powersOfTwoFrom: -1074, to: 1024, count: 60_000)
        #expect(wide.ulps <= 2, "max \(wide.ulps) ulp at x = \(wide.at)")
        let nearOne = UlpMeasure.maxDistance(Elementary.log, Foundation.log, from: 0.5, to: 2, count: 60_000)
        #expect(nearOne.ulps <= 2, "max \(nearOne.ulps) ulp at x = \(nearOne.at)")
    }

    @Test func log1pAgreesWithLibm() {
        let dense = UlpMeasure.maxDistance(Elementary.log1p, Foundation.log1p, from: -0.999, to: 3, count: 60_000)
        #expect(dense.ulps <= 2, "max \(dense.ulps) ulp at x = \(dense.at)")
        let wide = UlpMeasure.maxDistance(Elementary.log1p, Foundation.log1p,
                                          powersOfTwoFrom: -1074, to: 1024, count: 30_000)
        #expect(wide.ulps <= 2, "max \(wide.ulps) ulp at x = \(wide.at)")
        let negative = UlpMeasure.maxDistance({ Elementary.log1p(-$0) }, { Foundation.log1p(-$0) },
                                              powersOfTwoFrom: -1074, to: -0.0001, count: 30_000)
        #expect(negative.ulps <= 2, "max \(negative.ulps) ulp at x = −\(negative.at)")
    }

    @Test(arguments: [
        (1.0, 0.0),
        (2.0, 0.6931471805599453),
        (0.5, -0.6931471805599453),
        (10.0, 2.302585092994046),
        (0x1p-1074, -744.4400719213812),
        (0x1p-1022, -708.3964185322641),
        (Double.greatestFiniteMagnitude, 709.782712893384),
        (0.0, -Double.infinity),
        (-0.0, -Double.infinity),
        (Double.infinity, Double.infinity),
    ])
    func logSpecialValues(x: Double, expected: Double) {
        #expect(Elementary.log(x).bitPattern == expected.bitPattern, "log(\(x)) = \(Elementary.log(x))")
    }

    @Test(arguments: [
        (0.0, 0.0),
        (-0.0, -0.0),
        (1e-300, 1e-300),
        (0x1p-1074, 0x1p-1074),
        (1.0, 0.6931471805599453),
        (-0.5, -0.6931471805599453),
        (-0.9999999999999999, -36.7368005696771),
        (1e300, 690.7755278982137),
        (-1.0, -Double.infinity),
        (Double.infinity, Double.infinity),
    ])
    func log1pSpecialValues(x: Double, expected: Double) {
        #expect(Elementary.log1p(x).bitPattern == expected.bitPattern, "log1p(\(x)) = \(Elementary.log1p(x))")
    }

    @Test func outsideTheDomainIsNaN() {
        for x in [-1e-300, -1.0, -Double.infinity, Double.nan] {
            #expect(Elementary.log(x).isNaN, "log(\(x))")
        }
        for x in [-1.0000000000000002, -2.0, -Double.infinity, Double.nan] {
            #expect(Elementary.log1p(x).isNaN, "log1p(\(x))")
        }
    }
}
