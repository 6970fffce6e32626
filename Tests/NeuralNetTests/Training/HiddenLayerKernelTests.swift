@testable import NeuralNet
import Testing

/// The fast path against the general back-propagation: both sum in the same order (over
/// neurons in sequence, over samples in eight running sums), so results are bit-identical.
@Suite struct HiddenLayerKernelTests {
    struct Setup: Sendable, CustomTestStringConvertible {
        var hidden: Activation
        var output: Activation
        var loss: Loss
        var testDescription: String { "\(hidden.name) → \(output.name) + \(loss.name)" }
    }

    static let hidden: [Activation] = [.identity, .sigmoid, .tanh, .relu, .leakyReLU(slope: 0.1)]
    static let outputs: [(Activation, Loss)] = [
        (.identity, .squaredError), (.sigmoid, .squaredError), (.tanh, .squaredError), (.relu, .squaredError),
        (.leakyReLU(slope: 0.1), .squaredError), (.sigmoid, .binaryCrossEntropy), (.softmax, .softmaxCrossEntropy),
    ]
    static let setups: [Setup] = hidden.flatMap { f in outputs.map { Setup(hidden: f, output: $0.0, loss: $0.1) } }

    /// The tutorial's 60 moons (60 is not a multiple of 8: four pad lanes).
    static let moons: Dataset = {
        var random = NumpyRandom(seed: 1)
        return Dataset.makeMoons(samples: 60, noise: 1.0, random: &random)
    }()

    static func network(_ sizes: [Int], _ setup: Setup, seed: UInt32 = 3) throws -> Network {
        try Network(sizes: sizes, activations: [setup.hidden, setup.output], initializer: .scaledNormal, seed: seed)
    }

    /// Trains with the fast path and with the general code; both results.
    static func trainBoth(_ net: Network, _ data: Dataset, _ config: TrainingConfiguration) throws
        -> (fast: TrainingResult, general: TrainingResult) {
        var general = Trainer(config)
        general.isFastPathAllowed = false
        return (try Trainer(config).train(net, on: data), try general.train(net, on: data))
    }

    @Test(arguments: setups)
    func trainsLikeTheGeneralPath(setup: Setup) throws {
        let net = try Self.network([2, 5, setup.output == .softmax ? 3 : 2], setup)
        let config = TrainingConfiguration(epochs: 300, rate: 0.1, loss: setup.loss, record: 7)
        let (fast, general) = try Self.trainBoth(net, Self.moons, config)
        #expect(fast == general)
        #expect(fast.epochsCompleted == 300 && general.epochsCompleted == 300)
        #expect(fast.network != net)
    }

    @Test(arguments: [1, 5, 8, 16, 17])
    func anySampleCountAndL2(samples: Int) throws {
        let data = Self.moons.selecting(Array(0..<samples))
        let setup = Setup(hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy)
        let config = TrainingConfiguration(epochs: 200, rate: 0.5, loss: .binaryCrossEntropy, l2: 0.01)
        let (fast, general) = try Self.trainBoth(try Self.network([2, 3, 1], setup), data, config)
        #expect(fast == general)
    }

    /// Three features: the pass-by-pass backward step (two features and two outputs take the
    /// fused one), for every hidden activation.
    @Test(arguments: hidden)
    func threeFeaturesTrainLikeTheGeneralPath(hidden: Activation) throws {
        var random = NumpyRandom(seed: 5)
        let blobs = Dataset.makeBlobs(samples: 45, centers: [[0, 0, 0], [2, 2, 1], [-1, 2, 2]], random: &random)
        let setup = Setup(hidden: hidden, output: .sigmoid, loss: .binaryCrossEntropy)
        let config = TrainingConfiguration(epochs: 200, rate: 0.2, loss: .binaryCrossEntropy)
        let net = try Self.network([3, 4, 3], setup)
        #expect(HiddenLayerKernel.supports(net, loss: config.loss, optimizer: config.optimizer))
        let (fast, general) = try Self.trainBoth(net, blobs, config)
        #expect(fast == general)
        #expect(fast.epochsCompleted == 200)
    }

    @Test func forwardValuesHaveTheGeneralPathsBits() throws {
        let setup = Setup(hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy)
        let net = try Self.network([2, 50, 2], setup)
        var kernel = HiddenLayerKernel(network: net, loss: .binaryCrossEntropy, sampleCount: 60)
        kernel.setSamples(Self.moons.features, targets: Self.moons.targets(outputs: 2))
        kernel.forward()
        let expected = net.forward(Self.moons.features)
        let lanes = kernel.lanes
        let outputs = kernel.withRegions { r in (0..<60).map { s in [r.outputs[s], r.outputs[lanes + s]] } }
        #expect(lanes == 64)
        #expect(outputs == expected.rowArrays)
    }

    /// The reduced tutorial experiment: 2-h-2 for every h, 300 iterations, reseeding 3 each time.
    @Test(arguments: [1, 2, 4, 10, 20, 50])
    func reducedExperimentMatchesTheGeneralPath(hidden: Int) throws {
        let setup = Setup(hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy)
        let config = TrainingConfiguration(epochs: 300, rate: 0.1, loss: .binaryCrossEntropy)
        let (fast, general) = try Self.trainBoth(try Self.network([2, hidden, 2], setup), Self.moons, config)
        #expect(fast == general)
        #expect(fast.finalLoss < fast.history[0].loss)
    }

    @Test func divergenceStopsAtTheSameEpoch() throws {
        let setup = Setup(hidden: .identity, output: .identity, loss: .squaredError)
        for record in [1, 1000] {
            let config = TrainingConfiguration(epochs: 1000, rate: 50, loss: .squaredError, record: record)
            let (fast, general) = try Self.trainBoth(try Self.network([2, 3, 1], setup, seed: 2), Self.moons, config)
            #expect(fast.divergence != nil && fast.divergence == general.divergence)
            #expect(fast.epochsCompleted == general.epochsCompleted)
            #expect(fast.network == general.network && fast.history == general.history)
            // the last finite network's loss may overflow to NaN, which is not equal to itself
            #expect(fast.finalLoss.isNaN ? general.finalLoss.isNaN : fast.finalLoss == general.finalLoss)
        }
    }

    @Test func supportsOnlyFullBatchDescentOnOneHiddenLayer() throws {
        let setup = Setup(hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy)
        let net = try Self.network([2, 4, 1], setup)
        #expect(HiddenLayerKernel.supports(net, loss: .binaryCrossEntropy, optimizer: .gradientDescent))
        #expect(!HiddenLayerKernel.supports(net, loss: .binaryCrossEntropy, optimizer: .momentum(0.9)))
        let deep = try Network(sizes: [2, 3, 3, 1], activations: [.tanh, .tanh, .sigmoid], initializer: .zeros)
        #expect(!HiddenLayerKernel.supports(deep, loss: .binaryCrossEntropy, optimizer: .gradientDescent))
        let negative = try Network(sizes: [2, 3, 1], activations: [.leakyReLU(slope: -0.5), .sigmoid], initializer: .zeros)
        #expect(!HiddenLayerKernel.supports(negative, loss: .binaryCrossEntropy, optimizer: .gradientDescent))
        #expect(!HiddenLayerKernel.supports(net, loss: .softmaxCrossEntropy, optimizer: .gradientDescent))
    }
}
