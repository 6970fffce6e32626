import NeuralNet
import Testing

@Suite struct InitializerTests {
    @Test func scaledNormalDrawsNumpysRandnLayerAfterLayer() throws {
        // np.random.seed(3); np.random.randn(4) = 1.78862847, 0.43650985, 0.09649747, -1.8634927
        let net = try Network(sizes: [2, 1, 2], activations: [.tanh, .sigmoid], initializer: .scaledNormal, seed: 3)
        let root2 = 2.0.squareRoot()
        let expected = [1.78862847 / root2, 0.43650985 / root2, 0.09649747, -1.8634927]
        for (w, e) in zip(net.flatWeights, expected) { #expect(abs(w - e) < 1e-8) }
        #expect(net.layers.allSatisfy { $0.biases.allSatisfy { $0 == 0 } })
    }

    @Test func scaledNormalIsRandnOverRootFanIn() throws {
        var random = NumpyRandom(seed: 5)
        let net = try Network(sizes: [3, 4, 2], activations: [.relu, .softmax], initializer: .scaledNormal,
                              generator: &random)
        var reference = NumpyRandom(seed: 5)
        let w1 = reference.randn(rows: 4, columns: 3), w2 = reference.randn(rows: 2, columns: 4)
        #expect(net.layers[0].weights.values == w1.values.map { $0 / 3.0.squareRoot() })
        #expect(net.layers[1].weights.values == w2.values.map { $0 / 2 })
        // the generator moved on past all 20 draws
        #expect(random.standardNormal() == reference.standardNormal())
    }

    @Test func xavierAndHeScales() throws {
        let xavier = try Network(sizes: [20, 30], activations: [.tanh], initializer: .xavierUniform, seed: 1)
        let limit = (6.0 / 50).squareRoot()
        #expect(xavier.flatWeights.allSatisfy { abs($0) <= limit })
        #expect(xavier.flatWeights.contains { abs($0) > 0.8 * limit })
        let he = try Network(sizes: [50, 40], activations: [.relu], initializer: .heNormal, seed: 1)
        let variance = he.flatWeights.reduce(0) { $0 + $1 * $1 } / Double(he.weightCount)
        #expect(abs(variance - 2.0 / 50) < 0.004)   // 2000 draws: ±10 % of 0.04
        let zeros = try Network(sizes: [2, 3, 1], activations: [.tanh, .sigmoid], initializer: .zeros)
        #expect(zeros.flatWeights.allSatisfy { $0 == 0 })
    }

    @Test func explicitValuesAreCheckedAgainstTheShape() throws {
        let w1 = Matrix([[0.1, 0.2], [0.3, 0.4]]), w2 = Matrix([[0.5, 0.6], [0.7, 0.8]])
        let net = try Network(sizes: [2, 2, 2], activations: [.sigmoid, .sigmoid],
                              initializer: .explicit(weights: [w1, w2], biases: [[0.55, 0.55], [0.66, 0.66]]))
        #expect(net.layers[1].weights == w2 && net.layers[1].biases == [0.66, 0.66])
        #expect(throws: NeuralNetError.explicitValuesShape(name: "w", layer: 2, expected: "2 × 2 (fan_out × fan_in)",
                                                           found: "2 × 3")) {
            try Network(sizes: [2, 2, 2], activations: [.sigmoid, .sigmoid],
                        initializer: .explicit(weights: [w1, Matrix([[1, 2, 3], [4, 5, 6]])], biases: [[0, 0], [0, 0]]))
        }
        #expect(throws: NeuralNetError.explicitValuesShape(name: "b", layer: 1, expected: "2 values", found: "1")) {
            try Network(sizes: [2, 2, 2], activations: [.sigmoid, .sigmoid],
                        initializer: .explicit(weights: [w1, w2], biases: [[0], [0, 0]]))
        }
    }
}
