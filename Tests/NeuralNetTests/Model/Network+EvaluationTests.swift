import NeuralNet
import Testing

@Suite struct NetworkEvaluationTests {
    @Test func predictionAccuracyAndConfusion() throws {
        // one output: class 1 iff x1 − x2 ≥ 0 (identity output, threshold 0.5 after +0.5)
        let single = Network(layers: [Layer(weights: Matrix([[1, -1]]), biases: [0.5], activation: .identity)])
        let data = Dataset(features: Matrix([[2, 1], [0, 3], [1, 1], [0, 1]]), labels: [1, 0, 0, 0])
        #expect(single.predict(data.features) == [1, 0, 1, 0])
        #expect(try single.accuracy(on: data) == 0.75)
        #expect(try single.confusionMatrix(on: data) == [[2, 1], [0, 1]])
        // several outputs: argmax
        let triple = Network(layers: [Layer(weights: Matrix([[1, 0], [0, 1], [-1, -1]]), biases: [0, 0, 0],
                                            activation: .softmax)])
        #expect(triple.predict(Matrix([[2, 1], [0, 3], [-1, -1]])) == [0, 1, 2])
    }

    @Test func lossOnADataset() throws {
        let net = Network(layers: [Layer(weights: Matrix([[0, 0]]), biases: [0], activation: .sigmoid)])
        let data = Dataset(features: Matrix([[1, 2], [3, 4]]), labels: [0, 1])
        // every output is σ(0) = ½, so E = −log ½ = log 2 per sample
        #expect(abs(try net.loss(on: data, loss: .binaryCrossEntropy) - 0.6931471805599453) < 1e-15)
        #expect(try net.loss(on: data, loss: .squaredError) == 0.125)
        #expect(throws: NeuralNetError.lossNeedsOutput(loss: .softmaxCrossEntropy, output: .sigmoid)) {
            try net.loss(on: data, loss: .softmaxCrossEntropy)
        }
    }
}
