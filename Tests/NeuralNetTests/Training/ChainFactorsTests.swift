import NeuralNet
import Testing

@Suite struct ChainFactorsTests {
    /// The tutorial's 2-2-2 example: inputs (0.1, 0.2), w1…w8 = 0.1…0.8, biases 0.55 and 0.66.
    static func trace(loss: Loss = .squaredError) throws -> StepTrace {
        let net = StepTraceTests.network(weights: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], hiddenBias: 0.55, outputBias: 0.66)
        return try StepTrace(network: net, input: [0.1, 0.2], target: [0.01, 0.99], loss: loss, rate: 0.5)
    }

    @Test func outputWeightFactorsAreTheArticlesNumbers() throws {
        let w5 = try Self.trace().chainFactors(ofWeight: 5)
        #expect(abs(w5.errorSlope - 0.7887314002) < 1e-10)        // out_o1 − t1
        #expect(abs(w5.activationSlope - 0.1607595505) < 1e-10)   // out_o1(1 − out_o1)
        #expect(abs(w5.inputValue - 0.6456563062) < 1e-10)        // out_h1
        #expect(abs(w5.product - 0.08186670504) < 1e-11)
        #expect(w5.paths.isEmpty)
        #expect((w5.layer, w5.neuron, w5.input) == (1, 0, 0))
    }

    @Test func hiddenWeightSumsThePathsFromBothOutputs() throws {
        let w1 = try Self.trace().chainFactors(ofWeight: 1)
        #expect(w1.paths.count == 2)
        #expect(abs(w1.paths[0] - 0.0633980527) < 1e-10)          // δ_o1·w5
        #expect(abs(w1.paths[1] - -0.0145365614) < 1e-10)         // δ_o2·w7
        #expect(w1.errorSlope == w1.paths[0] + w1.paths[1])
        #expect(abs(w1.activationSlope - 0.2287842405) < 1e-10)
        #expect(w1.inputValue == 0.1)
    }

    @Test(arguments: [Loss.squaredError, .binaryCrossEntropy])
    func everyProductIsTheBackpropagatedGradient(loss: Loss) throws {
        let t = try Self.trace(loss: loss)
        for number in 1...8 {
            let factors = try t.chainFactors(ofWeight: number)
            let gradient = try t.gradient(ofWeight: number)
            #expect(abs(factors.product - gradient) <= 1e-15 + 1e-12 * abs(gradient), "w\(number)")
        }
    }

    @Test func refusesSoftmaxOutputsAndMissingWeights() throws {
        let net = Network(layers: [
            Layer(weights: Matrix(rows: 2, columns: 2, values: [0.1, 0.2, 0.3, 0.4]), biases: [0, 0], activation: .sigmoid),
            Layer(weights: Matrix(rows: 2, columns: 2, values: [0.5, 0.6, 0.7, 0.8]), biases: [0, 0], activation: .softmax),
        ])
        let t = try StepTrace(network: net, input: [0.1, 0.2], target: [0, 1], loss: .softmaxCrossEntropy, rate: 0.5)
        #expect(throws: NeuralNetError.noActivationSlope(output: .softmax)) { try t.chainFactors(ofWeight: 1) }
        #expect(throws: NeuralNetError.weightNumberOutOfRange(number: 9, count: 8)) { try Self.trace().chainFactors(ofWeight: 9) }
    }
}
