@testable import NeuralNet
import Testing

/// Back-propagation against central finite differences. The five-point central stencil
/// (E(w − 2h) − 8E(w − h) + 8E(w + h) − E(w + 2h)) / 12h has an O(h⁴) truncation error, so that
/// even gradients near 1e-6 are checked to a relative 1e-6 (the three-point one, O(h²), is
/// off by ≈ 1e-11 absolute here, which is 3e-6 relative on the smallest gradients).
@Suite struct GradientsTests {
    struct Output: Sendable, CustomTestStringConvertible {
        var activation: Activation
        var loss: Loss
        var testDescription: String { "\(activation.name) + \(loss.name)" }
    }

    static let hidden: [Activation] = [.identity, .sigmoid, .tanh, .relu, .leakyReLU(slope: 0.1)]
    static let outputs: [Output] = [
        Output(activation: .identity, loss: .squaredError),
        Output(activation: .sigmoid, loss: .squaredError),
        Output(activation: .tanh, loss: .squaredError),
        Output(activation: .relu, loss: .squaredError),
        Output(activation: .leakyReLU(slope: 0.1), loss: .squaredError),
        Output(activation: .sigmoid, loss: .binaryCrossEntropy),
        Output(activation: .softmax, loss: .softmaxCrossEntropy),
    ]

    /// E for the whole batch, by a forward pass written out here.
    static func error(_ net: Network, _ x: Matrix, _ t: Matrix, _ loss: Loss) -> Double {
        var input = x
        var z = x
        for layer in net.layers { (z, input) = layer.forward(input) }
        return loss.value(outputs: input, netInputs: z, targets: t)
    }

    /// max over parameters of |analytic − numeric| / (|analytic| + |numeric|), ignoring pairs
    /// that are both below 1e-9 (then the absolute difference must be below 1e-12).
    static func worstRelativeError(_ net: Network, _ x: Matrix, _ t: Matrix, _ loss: Loss) throws -> Double {
        let g = try net.gradients(inputs: x, targets: t, loss: loss)
        let h = 1e-4
        var worst = 0.0
        func check(_ analytic: Double, _ perturb: (inout Network, Double) -> Void) {
            func shifted(_ steps: Double) -> Double {
                var moved = net
                perturb(&moved, steps * h)
                return error(moved, x, t, loss)
            }
            let numeric = (shifted(-2) - 8 * shifted(-1) + 8 * shifted(1) - shifted(2)) / (12 * h)
            let scale = abs(analytic) + abs(numeric)
            worst = max(worst, scale < 1e-9 ? abs(analytic - numeric) * 1e3 : abs(analytic - numeric) / scale)
        }
        for l in net.layers.indices {
            for k in net.layers[l].weights.values.indices {
                check(g.weights[l].values[k]) { $0.layers[l].weights.values[k] += $1 }
            }
            for j in net.layers[l].biases.indices {
                check(g.biases[l][j]) { $0.layers[l].biases[j] += $1 }
            }
        }
        return worst
    }

    static func batch(samples: Int, sizes: [Int], output: Output, seed: UInt32) -> (Matrix, Matrix) {
        var random = NumpyRandom(seed: seed)
        let x = Matrix(rows: samples, columns: sizes[0]) { _, _ in 2 * random.randomSample() - 1 }
        let outputs = sizes[sizes.count - 1]
        let t = Matrix(rows: samples, columns: outputs) { i, j in
            switch output.loss {
            case .softmaxCrossEntropy: i % outputs == j ? 1 : 0
            case .binaryCrossEntropy: Double((i + j) % 2)
            case .squaredError: random.randomSample()
            }
        }
        return (x, t)
    }

    @Test(arguments: hidden, outputs)
    func deepNetworkMatchesFiniteDifferences(hidden: Activation, output: Output) throws {
        let sizes = [3, 4, 3, 2]
        let net = try Network(sizes: sizes, activations: [hidden, hidden, output.activation],
                              initializer: .heNormal, seed: 7)
        let (x, t) = Self.batch(samples: 5, sizes: sizes, output: output, seed: 11)
        #expect(try Self.worstRelativeError(net, x, t, output.loss) < 1e-6)
    }

    @Test(arguments: outputs)
    func singleLayerAndSingleOutput(output: Output) throws {
        // one output cannot carry a softmax; three can
        let sizes = output.loss == .softmaxCrossEntropy ? [2, 3] : [2, 1]
        let net = try Network(sizes: sizes, activations: [output.activation], initializer: .xavierUniform, seed: 1)
        let (x, t) = Self.batch(samples: 4, sizes: sizes, output: output, seed: 2)
        #expect(try Self.worstRelativeError(net, x, t, output.loss) < 1e-6)
    }

    @Test func wrongGradientIsCaught() throws {
        // The check itself must be able to fail: a gradient for the wrong targets differs.
        let sizes = [2, 3, 1]
        let net = try Network(sizes: sizes, activations: [.tanh, .sigmoid], initializer: .heNormal, seed: 3)
        let x = Matrix([[0.5, -0.2], [0.1, 0.9]]), t = Matrix([[1], [0]])
        let right = try net.gradients(inputs: x, targets: t, loss: .binaryCrossEntropy)
        let wrong = try net.gradients(inputs: x, targets: Matrix([[0], [1]]), loss: .binaryCrossEntropy)
        #expect(right != wrong)
        #expect(try Self.worstRelativeError(net, x, t, .binaryCrossEntropy) < 1e-6)
    }

    @Test func refusesUntrainableSetups() throws {
        let step = try Network(sizes: [2, 2, 1], activations: [.step, .sigmoid], initializer: .zeros)
        let x = Matrix([[1, 2]]), t = Matrix([[1]])
        #expect(throws: NeuralNetError.untrainableActivation(layer: 1, activation: .step)) {
            try step.gradients(inputs: x, targets: t, loss: .squaredError)
        }
        let softmaxHidden = try Network(sizes: [2, 2, 2], activations: [.softmax, .softmax], initializer: .zeros)
        #expect(throws: NeuralNetError.softmaxNotOnOutput(layer: 1)) {
            try softmaxHidden.gradients(inputs: x, targets: Matrix([[1, 0]]), loss: .softmaxCrossEntropy)
        }
        let tanhOut = try Network(sizes: [2, 1], activations: [.tanh], initializer: .zeros)
        #expect(throws: NeuralNetError.lossNeedsOutput(loss: .binaryCrossEntropy, output: .tanh)) {
            try tanhOut.gradients(inputs: x, targets: t, loss: .binaryCrossEntropy)
        }
    }
}
