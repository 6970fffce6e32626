import NeuralNet
import Testing

/// The code of the DocC article `NeuralNet.docc/GettingStarted.md`, line for line, so the article
/// keeps compiling and saying what it does.
@Suite struct GettingStartedTests {
    @Test func theArticlesExampleTrainsAndClassifies() throws {
        var random = NumpyRandom(seed: 1)
        let data = Dataset.makeMoons(samples: 100, noise: 0.2, random: &random)

        let network = try Network(sizes: [2, 8, 1], activations: [.tanh, .sigmoid],
                                  initializer: .scaledNormal, seed: 3)

        let trainer = Trainer(TrainingConfiguration(epochs: 2000, rate: 0.5, loss: .binaryCrossEntropy))
        let result = try trainer.train(network, on: data)

        #expect(result.finalLoss < 0.2)
        #expect(try result.network.accuracy(on: data) > 0.9)
        #expect(result.network.predict(Matrix([[0, 1], [1, -0.5]])) == [0, 1])
        #expect(!result.hasDiverged)
    }
}
