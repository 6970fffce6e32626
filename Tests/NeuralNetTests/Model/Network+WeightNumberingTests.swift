import NeuralNet
import Testing

@Suite struct NetworkWeightNumberingTests {
    /// The classic worked example's 2-2-2 network.
    let classic = Network(layers: [
        Layer(weights: Matrix([[0.15, 0.20], [0.25, 0.30]]), biases: [0.35, 0.35], activation: .sigmoid),
        Layer(weights: Matrix([[0.40, 0.45], [0.50, 0.55]]), biases: [0.60, 0.60], activation: .sigmoid),
    ])

    @Test func weightsAreNumberedRowByRowThenLayerByLayer() throws {
        #expect(classic.weightCount == 8)
        #expect(try classic.weight(1) == 0.15 && classic.weight(2) == 0.20)
        #expect(try classic.weight(3) == 0.25 && classic.weight(5) == 0.40 && classic.weight(8) == 0.55)
        #expect(try classic.weightLocation(6) == (layer: 1, row: 0, column: 1))
        var net = classic
        try net.setWeight(7, to: -1)
        #expect(net.layers[1].weights[1, 0] == -1)
        #expect(throws: NeuralNetError.weightNumberOutOfRange(number: 9, count: 8)) { try classic.weight(9) }
        #expect(throws: NeuralNetError.weightNumberOutOfRange(number: 0, count: 8)) { try classic.weight(0) }
    }

    @Test func flatWeightsFollowTheNumbering() throws {
        let net = try Network(sizes: [2, 4, 3, 1], activations: [.tanh, .relu, .sigmoid],
                              initializer: .xavierUniform, seed: 0)
        let flat = net.flatWeights
        #expect(flat.count == net.weightCount)
        for number in 1...net.weightCount { #expect(try net.weight(number) == flat[number - 1]) }
        // w9 is the first weight of layer 2: neuron 1, input 1
        #expect(try net.weightLocation(9) == (layer: 1, row: 0, column: 0))
        #expect(try net.weightLocation(12) == (layer: 1, row: 0, column: 3))
        #expect(try net.weightLocation(13) == (layer: 1, row: 1, column: 0))
    }
}
