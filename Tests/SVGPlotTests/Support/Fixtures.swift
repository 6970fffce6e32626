import Foundation

@testable import SVGPlot

/// Deterministic data that look like the tutorial's: two interleaved moons and a trained-looking
/// model output over the plane.
enum Fixtures {
    /// 60 points, 30 a class; the jitter is a fixed function of the index, not randomness.
    static var moons: Scatter {
        var x: [Double] = [], y: [Double] = [], classes: [Int] = []
        for index in 0..<60 {
            let isUpper = index % 2 == 0
            let angle = Double.pi * Double(index / 2) / 29
            let jitterX = 0.15 * sin(Double(index) * 12.9898), jitterY = 0.15 * cos(Double(index) * 78.233)
            if isUpper {
                x.append(cos(angle) + jitterX)
                y.append(sin(angle) + jitterY)
            } else {
                x.append(1 - cos(angle) + jitterX)
                y.append(0.5 - sin(angle) + jitterY)
            }
            classes.append(isUpper ? 0 : 1)
        }
        return Scatter(x: x, y: y, classes: classes)
    }

    /// A smooth probability of class 1 with a curved boundary, sharpened by `steepness`.
    static func field(steepness: Double = 3, columns: Int = 97, rows: Int = 73) -> Grid {
        Grid(x: -1.5...2.5, y: -1.2...1.7, columns: columns, rows: rows) { x, y in
            let score = steepness * (0.25 - y + 0.6 * sin(1.6 * (x - 0.5)) * (x < 0.5 ? -0.6 : 1))
            return 1 / (1 + exp(-score))
        }
    }

    /// A loss that falls like a trained network's, recorded every 100 iterations up to 30000.
    static func loss(rate: Double, floor: Double) -> [Double] {
        (0...300).map { step in
            let t = Double(step * 100)
            return floor + (0.69 - floor) * exp(-rate * t) * (1 + 0.3 * sin(t / 400))
        }
    }
}
