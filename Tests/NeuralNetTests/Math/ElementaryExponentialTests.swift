import Foundation
import NeuralNet
import Testing

@Suite struct ElementaryExponentialTests {
    @Test func expIsWithinOneUlpOfTheTruth() {
        let worst = UlpMeasure.maxError(Elementary.exp, table: ElementaryReference.exp)
        #expect(worst.count > 250)
        #expect(worst.ulps <= 1, "max \(worst.ulps) ulp at x = \(worst.at)")
    }

    @Test func expm1IsWithinOneUlpOfTheTruth() {
        let worst = UlpMeasure.maxError(Elementary.expm1, table: ElementaryReference.expm1)
        #expect(worst.count > 250)
        #expect(worst.ulps <= 1, "max \(worst.ulps) ulp at x = \(worst.at)")
    }

    @Test(arguments: [(-745.0, 709.78), (-1.0, 1.0)])
    func expAgreesWithLibm(range: (Double, Double)) {
        let worst = UlpMeasure.maxDistance(Elementary.exp, Foundation.exp,
                                           from: range.0, to: range.1, count: 60_000)
        #expect(worst.ulps <= 2, "max \(worst.ulps) ulp at x = \(worst.at)")
    }

    @Test(arguments: [(-40.0, 709.78), (-1.0, 1.0)])
    func expm1AgreesWithLibm(range: (Double, Double)) {
        let worst = UlpMeasure.maxDistance(Elementary.expm1, Foundation.expm1,
                                           from: range.0, to: range.1, count: 60_000)
        #expect(worst.ulps <= 2, "max \(worst.ulps) ulp at x = \(worst.at)")
        let tiny = UlpMeasure.maxDistance(Elementary.expm1, Foundation.expm1,
                                          powersOfTwoFrom: -1074, to: -1, count: 20_000)
        #expect(tiny.ulps <= 2, "max \(tiny.ulps) ulp at x = \(tiny.at)")
        let negativeTiny = UlpMeasure.maxDistance({ Elementary.expm1(-$0) }, { Foundation.expm1(-$0) },
                                                  powersOfTwoFrom: -1074, to: -1, count: 20_000)
        #expect(negativeTiny.ulps <= 2, "max \(negativeTiny.ulps) ulp at x = −\(negativeTiny.at)")
    }

    @Test(arguments: [
        // (x, exp x, expm1 x)
        (0.0, 1.0, 0.0),
        (-0.0, 1.0, -0.0),
        (1.0, 2.718281828459045, 1.7182818284590453),
        (.infinity, .infinity, .infinity),
        (-.infinity, 0.0, -1.0),
        (709.79, .infinity, .infinity),
        (1e300, .infinity, .infinity),
        (-746.0, 0.0, -1.0),
        (-1e300, 0.0, -1.0),
        (-745.0, 0x1p-1074, -1.0),             // e^−745 ≈ 4.94e−324, the smallest subnormal
        (-708.5, 0x0.e6cf6d08897acp-1022, -1.0),
        (1e-300, 1.0, 1e-300),
        (0x1p-1074, 1.0, 0x1p-1074),
    ])
    func specialValues(x: Double, exp: Double, expm1: Double) {
        #expect(Elementary.exp(x).bitPattern == exp.bitPattern, "exp(\(x)) = \(Elementary.exp(x))")
        #expect(Elementary.expm1(x).bitPattern == expm1.bitPattern, "expm1(\(x)) = \(Elementary.expm1(x))")
    }

    @Test func nanPassesThrough() {
        #expect(Elementary.exp(.nan).isNaN)
        #expect(Elementary.expm1(.nan).isNaN)
        #expect(Elementary.exp(-.nan).isNaN)
    }
}
