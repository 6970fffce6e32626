import Foundation
import NeuralNet
import Testing

/// The tutorial's full experiment: 2-h-2 networks, 30000 full-batch iterations each, through
/// the fast path. Seconds in a release build, so it runs only with WEAVE_LONG_TESTS=1:
///
///     WEAVE_LONG_TESTS=1 swift test -c release --filter TutorialExperimentTests
@Suite(.enabled(if: ProcessInfo.processInfo.environment["WEAVE_LONG_TESTS"] == "1",
                "set WEAVE_LONG_TESTS=1 (release build) to run the 30000-iteration experiment"))
struct TutorialExperimentTests {
    static let moons: Dataset = {
        var random = NumpyRandom(seed: 1)
        return Dataset.makeMoons(samples: 60, noise: 1.0, random: &random)
    }()

    /// The original notebook's training accuracies (out of 60) for h = 1, 2, 4, 10, 20;
    /// h = 50 saturates an output (numpy's cost turns NaN at iteration 15157) but weave's
    /// cross-entropy stays finite.
    @Test func reachesTheOriginalAccuracies() throws {
        let sizes = [1, 2, 4, 10, 20, 50]
        let config = TrainingConfiguration(epochs: 30000, rate: 0.1, loss: .binaryCrossEntropy)
        let jobs = try sizes.map { h in
            TrainingJob(network: try Network(sizes: [2, h, 2], activations: [.tanh, .sigmoid],
                                             initializer: .scaledNormal, seed: 3),
                        data: Self.moons, configuration: config)
        }
        let results = try Trainer.train(jobs).map { try $0.get() }
        let correct = try results.map { Int((try $0.network.accuracy(on: Self.moons) * 60).rounded()) }
        #expect(Array(correct.prefix(5)) == [50, 50, 52, 60, 60])
        #expect(results.allSatisfy { $0.divergence == nil && $0.epochsCompleted == 30000 })
        #expect(results[5].finalLoss.isFinite && results[5].finalLoss < 0.1)
        #expect(results.allSatisfy { $0.history.count == 201 && $0.history.allSatisfy(\.loss.isFinite) })
    }
}
