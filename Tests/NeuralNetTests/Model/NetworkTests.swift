import NeuralNet
import Testing

@Suite struct NetworkTests {
    /// The classic worked example's 2-2-2 network.
    let classic = Network(layers: [
        Layer(weights: Matrix([[0.15, 0.20], [0.25, 0.30]]), biases: [0.35, 0.35], activation: .sigmoid),
        Layer(weights: Matrix([[0.40, 0.45], [0.50, 0.55]]), biases: [0.60, 0.60], activation: .sigmoid),
    ])

    @Test func forwardAndHiddenActivations() {
        let x = Matrix([[0.05, 0.10], [0.05, 0.10]])
        let out = classic.forward(x)
        #expect(abs(out[0, 0] - 0.7513650696) < 1e-9 && abs(out[1, 1] - 0.7729284653) < 1e-9)
        let hidden = classic.activations(ofLayer: 0, for: x)
        #expect(abs(hidden[0, 0] - 0.593269992) < 1e-9 && abs(hidden[0, 1] - 0.596884378) < 1e-9)
        #expect(classic.sizes == [2, 2, 2])
    }

    @Test func deepNetworkShapes() throws {
        let net = try Network(sizes: [2, 4, 3, 1], activations: [.tanh, .relu, .sigmoid],
                              initializer: .xavierUniform, seed: 0)
        #expect(net.layers.map(\.fanOut) == [4, 3, 1] && net.weightCount == 8 + 12 + 3)
        #expect(net.forward(Matrix(rows: 5, columns: 2, repeating: 0.3)).rows == 5)
        #expect(net.activations(ofLayer: 1, for: Matrix([[1, 2]])).columns == 3)
    }

    @Test func datasetsMustFit() throws {
        let net = try Network(sizes: [2, 3], activations: [.softmax], initializer: .zeros)
        let wide = Dataset(features: Matrix([[1, 2, 3]]), labels: [0])
        #expect(throws: NeuralNetError.featureCountMismatch(features: 3, inputs: 2)) { try net.accuracy(on: wide) }
        let many = Dataset(features: Matrix([[1, 2]]), labels: [0], classCount: 4)
        #expect(throws: NeuralNetError.classCountMismatch(classes: 4, outputs: 3)) { try net.accuracy(on: many) }
        #expect(throws: NeuralNetError.activationCountMismatch(activations: 1, layers: 2)) {
            try Network(sizes: [2, 2, 1], activations: [.tanh], initializer: .zeros)
        }
        #expect(throws: NeuralNetError.invalidShape([2])) {
            try Network(sizes: [2], activations: [], initializer: .zeros)
        }
    }
}
