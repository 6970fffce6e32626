import NeuralNet
import Testing

@Suite struct NeuralNetErrorTests {
    static let cases: [(NeuralNetError, String)] = [
        (.untrainableActivation(layer: 2, activation: .step),
         "cannot train through 'step' in layer 2: its derivative is zero almost everywhere, so no gradient "
             + "flows back; use sigmoid, tanh or relu to train"),
        (.softmaxNotOnOutput(layer: 1), "softmax can only be the output layer's activation, not layer 1's"),
        (.lossNeedsOutput(loss: .binaryCrossEntropy, output: .tanh),
         "loss 'crossentropy' needs a sigmoid output layer, not 'tanh'"),
        (.lossNeedsOutput(loss: .softmaxCrossEntropy, output: .sigmoid),
         "loss 'softmax' needs a softmax output layer, not 'sigmoid'"),
        (.featureCountMismatch(features: 3, inputs: 2), "the dataset has 3 features but the network takes 2 inputs"),
        (.classCountMismatch(classes: 3, outputs: 1),
         "the dataset has 3 classes but the network's 1 output can tell only 2 apart"),
        (.invalidSetting(name: "rate", value: -0.1, rule: "a positive number"), "rate must be a positive number, got -0.1"),
        (.weightNumberOutOfRange(number: 9, count: 8), "there is no weight w9; this network has w1…w8"),
    ]

    @Test(arguments: cases)
    func messages(error: NeuralNetError, message: String) {
        #expect(error.description == message)
    }
}
