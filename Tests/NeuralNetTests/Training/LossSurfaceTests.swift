import Foundation
import NeuralNet
import Testing

@Suite struct LossSurfaceTests {
    /// bp.md's surface: five points on a line, a 1-1-1 tanh/sigmoid network, w1 and w2 free.
    static func surface() throws -> LossSurface {
        let data = Dataset(features: Matrix(rows: 5, columns: 1, values: [-2, -0.5, 0, 1, 2]), labels: [0, 1, 0, 1, 1])
        let net = Network(layers: [
            Layer(weights: Matrix(rows: 1, columns: 1, values: [1]), biases: [-0.5], activation: .tanh),
            Layer(weights: Matrix(rows: 1, columns: 1, values: [1]), biases: [0], activation: .sigmoid),
        ])
        return try LossSurface(network: net, data: data, loss: .squaredError, first: 1, second: 2)
    }

    /// E(u, v) written out by hand: (1/5) Σ ½(t − σ(v·tanh(u·x − 0.5)))².
    static func handLoss(_ u: Double, _ v: Double) -> Double {
        let xs: [Double] = [-2, -0.5, 0, 1, 2], ts: [Double] = [0, 1, 0, 1, 1]
        var sum = 0.0
        for (x, t) in zip(xs, ts) {
            let o = 1 / (1 + exp(-v * tanh(u * x - 0.5)))
            sum += 0.5 * (t - o) * (t - o)
        }
        return sum / 5
    }

    @Test func valueIsTheHandWrittenLoss() throws {
        let surface = try Self.surface()
        for (u, v) in [(0.0, 0.0), (-3, -3), (1.5, 1.6), (4, -4)] {
            #expect(abs(surface.value(u, v) - Self.handLoss(u, v)) < 1e-14)
        }
    }

    /// The gradient descent follows, checked against central differences of the hand-written loss.
    @Test(arguments: [(0.3, -0.7), (-3.0, -3.0), (0.0, 2.0), (2.5, 1.0)])
    func gradientMatchesCentralDifferences(point: (Double, Double)) throws {
        let (u, v) = point, h = 1e-6
        let (gu, gv) = try Self.surface().gradient(u, v)
        let du = (Self.handLoss(u + h, v) - Self.handLoss(u - h, v)) / (2 * h)
        let dv = (Self.handLoss(u, v + h) - Self.handLoss(u, v - h)) / (2 * h)
        #expect(abs(gu - du) < 1e-8)
        #expect(abs(gv - dv) < 1e-8)
    }

    @Test func descentStepsAgainstTheGradientAndEndsInDifferentValleys() throws {
        let surface = try Self.surface()
        let path = surface.descent(from: (-3, -3), rate: 2, steps: 300)
        #expect(path.count == 301)
        let (gu, gv) = surface.gradient(-3, -3)
        #expect(path[1].0 == -3 - 2 * gu && path[1].1 == -3 - 2 * gv)
        // the loss never rises along the path at this rate
        for k in 1..<path.count {
            #expect(surface.value(path[k].0, path[k].1) <= surface.value(path[k - 1].0, path[k - 1].1) + 1e-15)
        }
        let other = surface.descent(from: (0, 2), rate: 2, steps: 300)
        #expect(abs(path[300].0 - -0.637) < 0.01 && abs(path[300].1 - -2.105) < 0.01)
        #expect(abs(other[300].0 - 1.497) < 0.01 && abs(other[300].1 - 1.613) < 0.01)
    }

    @Test func findsBothMinimaLowestFirst() throws {
        let surface = try Self.surface()
        let values = surface.values(x: -4...4, y: -4...4, columns: 33, rows: 33)
        #expect(values.count == 33 * 33)
        #expect(values[0] == surface.value(-4, -4) && values[32] == surface.value(4, -4) && values[33] == surface.value(-4, -3.75))
        let minima = surface.minima(x: -4...4, y: -4...4, columns: 33, rows: 33, grid: values, rate: 2)
        #expect(minima.count == 2)
        // at a minimum the gradient vanishes and every neighbour is higher
        for (u, v) in minima {
            let (gu, gv) = surface.gradient(u, v)
            #expect(abs(gu) < 1e-11 && abs(gv) < 1e-11)
            for (du, dv) in [(1e-3, 0.0), (-1e-3, 0), (0, 1e-3), (0, -1e-3)] {
                #expect(surface.value(u + du, v + dv) > surface.value(u, v))
            }
        }
        #expect(abs(minima[0].0 - -0.636079372) < 1e-6 && abs(minima[1].0 - 1.501580009) < 1e-6)
        #expect(surface.value(minima[0].0, minima[0].1) < surface.value(minima[1].0, minima[1].1))
    }

    @Test func refusesTheSameWeightTwiceAndMissingWeights() throws {
        let surface = try Self.surface()
        #expect(throws: NeuralNetError.self) {
            try LossSurface(network: surface.network, data: surface.data, loss: .squaredError, first: 1, second: 1)
        }
        #expect(throws: NeuralNetError.weightNumberOutOfRange(number: 3, count: 2)) {
            try LossSurface(network: surface.network, data: surface.data, loss: .squaredError, first: 1, second: 3)
        }
    }
}
