import NeuralNet
import Testing

/// Each optimizer's update, step by step, against its formula applied by hand to `gradients`.
@Suite struct OptimizerTests {
    @Test func momentumAndL2FollowTheirFormulas() throws {
        let net = try Network(sizes: [2, 2, 1], activations: [.tanh, .sigmoid], initializer: .heNormal, seed: 9)
        let data = Dataset(features: Matrix([[0.5, -1], [1, 0.25], [-0.3, 0.8]]), labels: [1, 0, 1])
        let (x, t) = (data.features, data.targets(outputs: 1))
        let (rate, mu, l2) = (0.3, 0.8, 0.01)
        // v ← μ·v − η·(g + λw), w ← w + v, twice, for the weights; biases without λ
        var expected = net
        var velocity = net.layers.map { ([Double](repeating: 0, count: $0.weights.values.count),
                                         [Double](repeating: 0, count: $0.fanOut)) }
        for _ in 0..<2 {
            let g = try expected.gradients(inputs: x, targets: t, loss: .binaryCrossEntropy)
            for l in expected.layers.indices {
                for k in velocity[l].0.indices {
                    let w = expected.layers[l].weights.values[k]
                    velocity[l].0[k] = mu * velocity[l].0[k] - rate * (g.weights[l].values[k] + l2 * w)
                    expected.layers[l].weights.values[k] += velocity[l].0[k]
                }
                for j in velocity[l].1.indices {
                    velocity[l].1[j] = mu * velocity[l].1[j] - rate * g.biases[l][j]
                    expected.layers[l].biases[j] += velocity[l].1[j]
                }
            }
        }
        let config = TrainingConfiguration(epochs: 2, rate: rate, loss: .binaryCrossEntropy,
                                           optimizer: .momentum(mu), l2: l2)
        let result = try Trainer(config).train(net, on: data)
        for (a, b) in zip(result.network.flatWeights, expected.flatWeights) { #expect(abs(a - b) < 1e-15) }
        // the recorded loss includes (λ/2)·Σw²
        let penalty = 0.5 * l2 * result.network.flatWeights.reduce(0) { $0 + $1 * $1 }
        let dataLoss = try result.network.loss(on: data, loss: .binaryCrossEntropy)
        #expect(abs(result.finalLoss - (dataLoss + penalty)) < 1e-15)
    }

    @Test func adamsFirstStepMovesEachWeightByAboutTheRate() throws {
        let net = try Network(sizes: [2, 1], activations: [.sigmoid], initializer: .scaledNormal, seed: 4)
        let config = TrainingConfiguration(epochs: 1, rate: 0.01, loss: .binaryCrossEntropy,
                                           optimizer: .adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8))
        let result = try Trainer(config).train(net, on: TrainerTests.clouds)
        // m̂ = g and v̂ = g² after one step, so w moves by η·g/(|g| + ε) ≈ η·sign(g)
        for (before, after) in zip(net.flatWeights, result.network.flatWeights) {
            #expect(abs(abs(after - before) - 0.01) < 1e-7)
        }
    }

    @Test func gradientDescentIsOneStepAgainstTheGradient() throws {
        let net = try Network(sizes: [2, 3, 2], activations: [.relu, .softmax], initializer: .heNormal, seed: 1)
        let data = Dataset(features: Matrix([[1, 2], [-1, 0.5]]), labels: [0, 1])
        let g = try net.gradients(inputs: data.features, targets: data.targets(outputs: 2), loss: .softmaxCrossEntropy)
        let config = TrainingConfiguration(epochs: 1, rate: 0.25, loss: .softmaxCrossEntropy)
        let trained = try Trainer(config).train(net, on: data).network
        for l in net.layers.indices {
            // w ← w − η·∂E/∂w
            #expect(trained.layers[l].weights == net.layers[l].weights - 0.25 * g.weights[l])
            for j in net.layers[l].biases.indices {
                #expect(trained.layers[l].biases[j] == net.layers[l].biases[j] - 0.25 * g.biases[l][j])
            }
        }
    }
}
