import Foundation
import NeuralNet
import Testing

@Suite struct ElementaryHyperbolicTests {
    @Test func tanhIsWithinFiftyFiveHundredthsOfAnUlpOfTheTruth() {
        let worst = UlpMeasure.maxError(Elementary.tanh, table: ElementaryReference.tanh)
        #expect(worst.count > 300)
        #expect(worst.ulps <= 0.55, "max \(worst.ulps) ulp at x = \(worst.at)")
    }

    /// Every table piece's first double, from 2^−7 up to 19.5: where one polynomial hands over
    /// to the next.
    static let pieceBoundaries: [Double] = {
        var boundaries: [Double] = []
        var bits = (0x1p-7 as Double).bitPattern
        while Double(bitPattern: bits) <= 19.5 {
            boundaries.append(Double(bitPattern: bits))
            bits += 1 << 46
        }
        return boundaries
    }()

    @Test func everyPieceIsContinuousAndMonotoneAtItsEnds() {
        #expect(Self.pieceBoundaries.count == 719)
        for b in Self.pieceBoundaries {
            var x = b
            for _ in 0..<3 { x = x.nextDown }
            var previous = Elementary.tanh(x)
            for _ in 0..<6 {
                x = x.nextUp
                let value = Elementary.tanh(x)
                #expect(previous <= value, "tanh decreases at \(x)")
                #expect(value - previous <= 2 * value.ulp, "tanh jumps at \(x)")
                previous = value
            }
        }
    }

    /// Where the sigmoid's table pieces meet (halfway between multiples of 1/16, both signs) and
    /// where the table ends (±40), σ goes on rising without a jump: each step between neighbouring
    /// doubles is σ′ = σ(1 − σ) times the step in x, give or take 2 ulp (far left, one step in x
    /// moves σ by dozens of its ulps).
    @Test func sigmoidIsContinuousAndMonotoneWherePiecesMeet() {
        var ends = [-40.0, 40.0]
        for j in 0..<640 { ends += [-(Double(j) + 0.5) / 16, (Double(j) + 0.5) / 16] }
        for end in ends {
            var x = end
            for _ in 0..<3 { x = x.nextDown }
            var previous = Elementary.sigmoid(x)
            for _ in 0..<6 {
                let step = x.nextUp - x
                x = x.nextUp
                let value = Elementary.sigmoid(x)
                #expect(previous <= value, "σ decreases at \(x)")
                let expected = value * (1 - value) * step
                #expect((value - previous - expected).magnitude <= 2 * value.ulp, "σ jumps at \(x)")
                previous = value
            }
        }
    }

    #if arch(x86_64) || arch(i386)
    /// Against glibc's 80-bit tanhl (64-bit significand: its own error is far below a double's
    /// ulp) at seeded random points and on both sides of every piece boundary.
    @Test func tanhIsWithinFiftyFiveHundredthsOfAnUlpOfEightyBitTanh() {
        var random = NumpyRandom(seed: 7)
        var points = Self.pieceBoundaries.flatMap { [$0.nextDown, $0, $0.nextUp] }
        for _ in 0..<200_000 { points.append(random.uniform(low: 0, high: 20)) }
        for _ in 0..<50_000 { points.append(random.uniform(low: 0, high: 0.02)) }
        var worst = (ulps: 0.0, at: 0.0)
        for x in points {
            let truth = Foundation.tanh(Float80(x))
            let nearest = Double(truth)
            let error = Double((Float80(Elementary.tanh(x)) - truth).magnitude / Float80(nearest.ulp))
            if error > worst.ulps { worst = (error, x) }
        }
        #expect(worst.ulps <= 0.55, "max \(worst.ulps) ulp at x = \(worst.at)")
    }
    #endif

    @Test func sigmoidIsWithinSixTenthsOfAnUlpOfTheTruth() {
        let worst = UlpMeasure.maxError(Elementary.sigmoid, table: ElementaryReference.sigmoid)
        #expect(worst.count > 300)
        #expect(worst.ulps <= 0.6, "max \(worst.ulps) ulp at x = \(worst.at)")
    }

    #if arch(x86_64) || arch(i386)
    /// Against σ in 80-bit arithmetic (glibc's expl; its error is far below a double's ulp) at
    /// seeded random points, at both ends of every table piece (the multiples of 1/16 ± 1/32,
    /// where the correction is largest) and around ±40, where the table ends.
    @Test func sigmoidIsWithinSixTenthsOfAnUlpOfEightyBitSigmoid() {
        var random = NumpyRandom(seed: 8)
        var points: [Double] = [40, -40, 40.0.nextUp, (-40.0).nextDown, 40.0.nextDown, (-40.0).nextUp]
        for j in -640...640 {
            for end in [Double(j) / 16 - 1.0 / 32, Double(j) / 16 + 1.0 / 32] {
                points += [end.nextDown, end, end.nextUp]
            }
        }
        for _ in 0..<200_000 { points.append(random.uniform(low: -45, high: 45)) }
        for _ in 0..<50_000 { points.append(random.uniform(low: -1, high: 1)) }
        var worst = (ulps: 0.0, at: 0.0)
        for x in points {
            let truth = 1 / (1 + Foundation.exp(-Float80(x)))
            let nearest = Double(truth)
            let error = Double((Float80(Elementary.sigmoid(x)) - truth).magnitude / Float80(nearest.ulp))
            if error > worst.ulps { worst = (error, x) }
        }
        #expect(worst.ulps <= 0.6, "max \(worst.ulps) ulp at x = \(worst.at)")
    }
    #endif

    @Test(arguments: [(-20.0, 20.0), (-1.0, 1.0)])
    func tanhAgreesWithLibm(range: (Double, Double)) {
        let worst = UlpMeasure.maxDistance(Elementary.tanh, Foundation.tanh,
                                           from: range.0, to: range.1, count: 60_000)
        #expect(worst.ulps <= 2, "max \(worst.ulps) ulp at x = \(worst.at)")
        let tiny = UlpMeasure.maxDistance(Elementary.tanh, Foundation.tanh,
                                          powersOfTwoFrom: -1074, to: 0, count: 20_000)
        #expect(tiny.ulps <= 2, "max \(tiny.ulps) ulp at x = \(tiny.at)")
    }

    #if arch(x86_64) || arch(i386)
    /// σ from libm's exp with the quotient in 80-bit arithmetic, so the reference is off by
    /// little more than libm's exp (damped by at most 1).
    static func referenceSigmoid(_ x: Double) -> Double {
        let e = Float80(Foundation.exp(-x.magnitude))
        return Double(x < 0 ? e / (1 + e) : 1 / (1 + e))
    }

    @Test(arguments: [(-745.0, 745.0), (-40.0, 40.0)])
    func sigmoidAgreesWithLibm(range: (Double, Double)) {
        let worst = UlpMeasure.maxDistance(Elementary.sigmoid, Self.referenceSigmoid,
                                           from: range.0, to: range.1, count: 60_000)
        #expect(worst.ulps <= 2, "max \(worst.ulps) ulp at x = \(worst.at)")
    }
    #endif

    @Test(arguments: [
        // (x, tanh x)
        (0.5, 0.46211715726000974),
        (1.0, 0.7615941559557649),
        (-2.0, -0.9640275800758169),
        (3.0, 0.9950547536867305),
        (18.7, 0.9999999999999999),
        (-0.1, -0.09966799462495582),
        (0x1p-1074, 0x1p-1074),
        (1e-200, 1e-200),
        (19.5, 1.0),
        (-710.0, -1.0),
        (.infinity, 1.0),
        (-.infinity, -1.0),
        (0.0, 0.0),
        (-0.0, -0.0),
    ])
    func tanhSpecialValues(x: Double, expected: Double) {
        #expect(Elementary.tanh(x).bitPattern == expected.bitPattern, "tanh(\(x)) = \(Elementary.tanh(x))")
    }

    @Test(arguments: [
        // (x, σ(x))
        (0.0, 0.5),
        (-0.0, 0.5),
        (1.0, 0.7310585786300049),
        (-1.0, 0.2689414213699951),
        (37.0, 0.9999999999999999),
        (40.0, 1.0),
        (-37.0, 8.533047625744065e-17),
        (-700.0, 9.85967654375977e-305),
        (-740.0, 4.2e-322),                    // subnormal
        (-800.0, 0.0),
        (.infinity, 1.0),
        (-.infinity, 0.0),
    ])
    func sigmoidSpecialValues(x: Double, expected: Double) {
        #expect(Elementary.sigmoid(x).bitPattern == expected.bitPattern, "σ(\(x)) = \(Elementary.sigmoid(x))")
    }

    @Test func nanPassesThrough() {
        #expect(Elementary.tanh(.nan).isNaN)
        #expect(Elementary.sigmoid(.nan).isNaN)
    }

    @Test func oddAndSymmetric() {
        for i in 0..<2_000 {
            let x = Double(i) * 0.0137 - 13.7
            #expect(Elementary.tanh(-x) == -Elementary.tanh(x))
            // σ(x) + σ(−x) = 1 up to rounding of the sum.
            #expect((Elementary.sigmoid(x) + Elementary.sigmoid(-x) - 1).magnitude <= 0x1p-52)
        }
    }

    @Test func monotone() {
        // Consecutive doubles around points where the formula's pieces change, and a coarse grid.
        var points: [Double] = []
        for center in [0.0, 0.17328679513998632, 0.34657359027997264, 1.0, 18.5, -0.34657, -25.0, 36.0] {
            var x = center
            for _ in 0..<200 { x = x.nextDown }
            for _ in 0..<400 { points.append(x); x = x.nextUp }
        }
        for i in 0..<4_000 { points.append(Double(i) * 0.02 - 40) }
        points.sort()
        for (a, b) in zip(points, points.dropFirst()) {
            #expect(Elementary.tanh(a) <= Elementary.tanh(b), "tanh at \(a), \(b)")
            #expect(Elementary.sigmoid(a) <= Elementary.sigmoid(b), "σ at \(a), \(b)")
        }
    }
}
