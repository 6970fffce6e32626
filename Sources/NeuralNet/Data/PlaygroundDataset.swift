import Foundation

/// The classification sets of TensorFlow Playground, drawn with our seeded numpy generator.
///
/// The formulas are Playground's (`dataset.ts`); its labels +1 and −1 become classes 1 and 0.
/// `noise` is Playground's slider as a fraction: 0 to 0.5 for its 0–50 %. Playground's noise is
/// peculiar and kept as it is: for `circle` and `xor` it jitters the point only to decide the
/// label, so noise flips labels near the boundary but never moves a point; for `spiral` it moves
/// the points; for `gauss` it widens the clouds. Samples come in class order (class 1 first);
/// with an odd count the first class gets the extra sample.
///
/// ```swift
/// var random = NumpyRandom(seed: 0)
/// let rings = Dataset.makePlayground(.circle, samples: 200, noise: 0, random: &random)
/// ```
public enum PlaygroundDataset: String, CaseIterable, Sendable {
    /// A disc of radius 2.5 (class 1) inside a ring of radii 3.5–5 (class 0).
    case circle
    /// Four squares of side 5 around the origin, kept 0.3 off the axes; class 1 where x·y ≥ 0.
    case xor
    /// Two Gaussian clouds around (2, 2) (class 1) and (−2, −2) (class 0).
    case gauss
    /// Two interleaved arms of a spiral, 1.75 turns out to radius 5.
    case spiral

    /// Draws the set with `samples` points.
    public func make(samples: Int, noise: Double, random: inout NumpyRandom) -> Dataset {
        precondition(samples >= 0, "negative sample count \(samples)")
        let firstClass = samples - samples / 2, secondClass = samples / 2
        var points: [(x: Double, y: Double, label: Int)] = []
        points.reserveCapacity(samples)
        switch self {
        case .circle:
            let radius = 5.0
            // Playground labels by the jittered point: inside radius / 2 is positive.
            func label(_ x: Double, _ y: Double) -> Int { (x * x + y * y).squareRoot() < radius * 0.5 ? 1 : 0 }
            for (count, low, high) in [(firstClass, 0, radius * 0.5), (secondClass, radius * 0.7, radius)] {
                for _ in 0..<count {
                    let r = random.uniform(low: low, high: high)
                    let angle = random.uniform(low: 0, high: 2 * .pi)
                    let x = r * sin(angle), y = r * cos(angle)
                    let noiseX = random.uniform(low: -radius, high: radius) * noise
                    let noiseY = random.uniform(low: -radius, high: radius) * noise
                    points.append((x, y, label(x + noiseX, y + noiseY)))
                }
            }
        case .xor:
            let padding = 0.3
            for _ in 0..<samples {
                var x = random.uniform(low: -5, high: 5)
                x += x > 0 ? padding : -padding
                var y = random.uniform(low: -5, high: 5)
                y += y > 0 ? padding : -padding
                let noiseX = random.uniform(low: -5, high: 5) * noise
                let noiseY = random.uniform(low: -5, high: 5) * noise
                points.append((x, y, (x + noiseX) * (y + noiseY) >= 0 ? 1 : 0))
            }
        case .gauss:
            // Playground maps noise 0…0.5 linearly onto a variance of 0.5…4.
            let variance = 0.5 + noise / 0.5 * 3.5
            let deviation = variance.squareRoot()
            for (count, center, label) in [(firstClass, 2.0, 1), (secondClass, -2.0, 0)] {
                for _ in 0..<count {
                    let x = random.normal(mean: center, standardDeviation: deviation)
                    let y = random.normal(mean: center, standardDeviation: deviation)
                    points.append((x, y, label))
                }
            }
        case .spiral:
            for (count, turn, label) in [(firstClass, 0.0, 1), (secondClass, Double.pi, 0)] {
                let n = Double(count)
                for i in 0..<count {
                    // r = i/n · 5, t = 1.75 · i/n · 2π + Δt, then uniform jitter in ±noise.
                    let r = Double(i) / n * 5
                    let t = 1.75 * Double(i) / n * 2 * .pi + turn
                    let x = r * sin(t) + random.uniform(low: -1, high: 1) * noise
                    let y = r * cos(t) + random.uniform(low: -1, high: 1) * noise
                    points.append((x, y, label))
                }
            }
        }
        return Dataset(features: Matrix(rows: points.count, columns: 2) { i, j in j == 0 ? points[i].x : points[i].y },
                       labels: points.map(\.label), classCount: 2)
    }
}

extension Dataset {
    /// One of TensorFlow Playground's classification sets (see `PlaygroundDataset`).
    ///
    /// ```swift
    /// var random = NumpyRandom(seed: 0)
    /// let xor = Dataset.makePlayground(.xor, samples: 200, noise: 0.1, random: &random)
    /// ```
    public static func makePlayground(_ kind: PlaygroundDataset, samples: Int, noise: Double = 0,
                                      random: inout NumpyRandom) -> Dataset {
        kind.make(samples: samples, noise: noise, random: &random)
    }
}
