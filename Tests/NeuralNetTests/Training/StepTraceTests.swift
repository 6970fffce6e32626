import NeuralNet
import Testing

@Suite struct StepTraceTests {
    /// The classic 2-2-2 worked example: h1 = w1·i1 + w2·i2 + b1, …, o1 = w5·h1 + w6·h2 + b2.
    static func network(weights w: [Double], hiddenBias: Double, outputBias: Double) -> Network {
        Network(layers: [
            Layer(weights: Matrix(rows: 2, columns: 2, values: Array(w[0..<4])),
                  biases: [hiddenBias, hiddenBias], activation: .sigmoid),
            Layer(weights: Matrix(rows: 2, columns: 2, values: Array(w[4..<8])),
                  biases: [outputBias, outputBias], activation: .sigmoid),
        ])
    }

    @Test func classicWorkedExample() throws {
        let net = Self.network(weights: [0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55],
                               hiddenBias: 0.35, outputBias: 0.60)
        let t = try StepTrace(network: net, input: [0.05, 0.10], target: [0.01, 0.99],
                              loss: .squaredError, rate: 0.5)
        #expect(abs(t.netInputs[0][0] - 0.3775) < 1e-12)              // net_h1
        #expect(abs(t.outputs[0][0] - 0.593269992) < 1e-9)            // out_h1
        #expect(abs(t.output[0] - 0.7513650696) < 1e-9)
        #expect(abs(t.output[1] - 0.7729284653) < 1e-9)
        #expect(abs(t.errors[0] - 0.274811083) < 1e-9)
        #expect(abs(t.totalError - 0.2983711088) < 1e-9)
        #expect(abs(try t.gradient(ofWeight: 5) - 0.08216704056) < 1e-9)
        #expect(abs(try t.gradient(ofWeight: 1) - 0.0004385677345) < 1e-9)
        #expect(abs(try t.updated.weight(5) - 0.3589164797) < 1e-9)
        #expect(abs(try t.updated.weight(1) - 0.1497807161) < 1e-9)
        // δ_o1 = (out − target)·out·(1 − out); ∂E/∂b equals δ
        let deltaO1 = (t.output[0] - 0.01) * t.output[0] * (1 - t.output[0])
        #expect(abs(t.deltas[1][0] - deltaO1) < 1e-15)
        #expect(t.biasGradients[1][0] == t.deltas[1][0])
        #expect(abs(t.updated.layers[1].biases[0] - (0.60 - 0.5 * deltaO1)) < 1e-15)
        // the input network is left as it was
        #expect(try t.network.weight(5) == 0.40)
    }

    @Test func tutorialVariant() throws {
        let net = Self.network(weights: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
                               hiddenBias: 0.55, outputBias: 0.66)
        let t = try StepTrace(network: net, input: [0.1, 0.2], target: [0.01, 0.99],
                              loss: .squaredError, rate: 0.5)
        #expect(abs(t.output[0] - 0.7987314002) < 1e-9)
        #expect(abs(t.output[1] - 0.8374488853) < 1e-9)
        #expect(abs(t.totalError - 0.3226845322) < 1e-9)
        #expect(abs(try t.updated.weight(5) - 0.4590666475) < 1e-9)
        #expect(abs(try t.updated.weight(1) - 0.09944106304) < 1e-9)
    }

    @Test(arguments: [(Activation.sigmoid, Loss.binaryCrossEntropy), (.softmax, .softmaxCrossEntropy)])
    func crossEntropyStepsAgreeWithTheNetworkAndTheTrainer(output: Activation, loss: Loss) throws {
        let net = try Network(sizes: [2, 3, 2], activations: [.tanh, output], initializer: .heNormal, seed: 4)
        let t = try StepTrace(network: net, input: [0.3, -0.7], target: [0, 1], loss: loss, rate: 0.2)
        let data = Dataset(features: Matrix([[0.3, -0.7]]), labels: [1])
        // the per-output errors add up to the network's loss on that one sample
        #expect(t.errors.count == 2)
        #expect(abs(t.totalError - (try net.loss(on: data, loss: loss))) < 1e-15)
        // with either pairing the output delta is o − t
        #expect(abs(t.deltas[1][0] - t.output[0]) < 1e-15 && abs(t.deltas[1][1] - (t.output[1] - 1)) < 1e-15)
        let trained = try Trainer(TrainingConfiguration(epochs: 1, rate: 0.2, loss: loss)).train(net, on: data)
        #expect(trained.network == t.updated)
    }

    @Test func refusesStep() throws {
        let net = try Network(sizes: [2, 2, 2], activations: [.step, .sigmoid], initializer: .zeros)
        #expect(throws: NeuralNetError.untrainableActivation(layer: 1, activation: .step)) {
            try StepTrace(network: net, input: [1, 2], target: [0, 1], loss: .squaredError, rate: 0.5)
        }
    }

    @Test func refusesMismatchedSizes() {
        let net = Self.network(weights: Array(repeating: 0.1, count: 8), hiddenBias: 0, outputBias: 0)
        #expect(throws: NeuralNetError.featureCountMismatch(features: 3, inputs: 2)) {
            try StepTrace(network: net, input: [1, 2, 3], target: [0, 1], loss: .squaredError, rate: 0.5)
        }
        #expect(throws: NeuralNetError.targetCountMismatch(targets: 1, outputs: 2)) {
            try StepTrace(network: net, input: [1, 2], target: [0], loss: .squaredError, rate: 0.5)
        }
    }
}
