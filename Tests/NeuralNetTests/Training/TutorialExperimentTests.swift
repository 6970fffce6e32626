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

    /// The training accuracies (out of 60) for h = 1, 2, 4, 10, 20 and 50. The first five are
    /// the original program's. The sixth is not: the original computes the cross-entropy
    /// literally, an output of its h = 50 network rounds to 1.0, log(1 − 1.0) turns its cost and
    /// then every weight into NaN at iteration 15157, and argmax of NaN puts all 60 points in
    /// class 0 (30 right). weave's cost stays finite there (log(1 − σ(z)) = −log(1 + e^z)), so
    /// it trains on to 60 of 60; bp.md says so.
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
        #expect(correct == [50, 50, 52, 60, 60, 60])
        #expect(results.allSatisfy { $0.divergence == nil && $0.epochsCompleted == 30000 })
        #expect(results[5].finalLoss.isFinite && results[5].finalLoss < 0.1)
        #expect(results.allSatisfy { $0.history.count == 201 && $0.history.allSatisfy(\.loss.isFinite) })
    }
}
