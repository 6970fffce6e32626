import Foundation
import Testing

/// Ulp distances for the accuracy tests of `Elementary`: against the mpmath fixture (true values)
/// and against the platform's libm (glibc on Linux) over dense sweeps.
enum UlpMeasure {
    /// |computed − reference| in ulps of the reference (0 when both are the same or both NaN,
    /// ∞ when only one is finite).
    static func distance(_ computed: Double, _ reference: Double) -> Double {
        if computed == reference || (computed.isNaN && reference.isNaN) { return 0 }
        guard computed.isFinite, reference.isFinite else { return .infinity }
        return (computed - reference).magnitude / reference.ulp
    }

    /// The largest error against a fixture table (`ElementaryReference`), with its argument.
    /// Each line holds x, the double y nearest to f(x) and (f(x) − y) / ulp(y).
    static func maxError(_ f: (Double) -> Double, table: String) -> (ulps: Double, at: Double, count: Int) {
        var worst = (ulps: 0.0, at: 0.0, count: 0)
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 3, let x = Double(fields[0]), let y = Double(fields[1]),
                  let residual = Double(fields[2]) else {
                Issue.record("malformed fixture line: \(line)")
                continue
            }
            let computed = f(x)
            let error = computed.isFinite && y.isFinite
                ? ((computed - y) / y.ulp - residual).magnitude
                : distance(computed, y)
            worst.count += 1
            if error > worst.ulps { worst = (error, x, worst.count) }
        }
        return worst
    }

    /// The largest distance from `reference` over `count` evenly spaced points of [lo, hi].
    static func maxDistance(_ f: (Double) -> Double, _ reference: (Double) -> Double,
                            from lo: Double, to hi: Double, count: Int) -> (ulps: Double, at: Double) {
        var worst = (ulps: 0.0, at: lo)
        let step = (hi - lo) / Double(count - 1)
        for i in 0..<count {
            let x = lo + Double(i) * step
            let d = distance(f(x), reference(x))
            if d > worst.ulps { worst = (d, x) }
        }
        return worst
    }

    /// As `maxDistance(_:_:from:to:count:)` over 2^e for e evenly spaced in [loExponent, hiExponent].
    static func maxDistance(_ f: (Double) -> Double, _ reference: (Double) -> Double,
                            powersOfTwoFrom loExponent: Double, to hiExponent: Double,
                            count: Int) -> (ulps: Double, at: Double) {
        let worst = maxDistance({ f(Foundation.exp2($0)) }, { reference(Foundation.exp2($0)) },
                                from: loExponent, to: hiExponent, count: count)
        return (worst.ulps, Foundation.exp2(worst.at))
    }
}
