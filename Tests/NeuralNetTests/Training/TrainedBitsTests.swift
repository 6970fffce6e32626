@testable import NeuralNet
import Testing

/// The same bits on every build and CPU: trained weights and loss histories, fingerprinted
/// (FNV-1a over every Double's bit pattern) and compared with values recorded once. NeuralNet is
/// compiled for the building CPU (`-target-cpu native`) unless WEAVE_PORTABLE=1, in debug and in
/// release; these fingerprints hold for all of those builds (checked when recorded: native AVX2
/// debug and release, portable x86-64 debug), because no multiply is fused into an add and every
/// sum's order is fixed by the source. A change here means the engine computes different numbers:
/// record the new values on purpose and bump `EngineVersion`.
@Suite struct TrainedBitsTests {
    static func fingerprint(_ result: TrainingResult) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ x: Double) {
            var bits = x.bitPattern
            for _ in 0..<8 {
                hash = (hash ^ (bits & 0xff)) &* 0x0000_0100_0000_01b3
                bits >>= 8
            }
        }
        for layer in result.network.layers {
            layer.weights.values.forEach(mix)
            layer.biases.forEach(mix)
        }
        result.history.forEach { mix($0.loss) }
        return hash
    }

    static let moons: Dataset = {
        var random = NumpyRandom(seed: 1)
        return Dataset.makeMoons(samples: 60, noise: 1.0, random: &random)
    }()

    /// The tutorial's kernel path: 2-10-2, tanh and sigmoid, cross-entropy, full batch.
    @Test func hiddenLayerKernel() throws {
        let net = try Network(sizes: [2, 10, 2], activations: [.tanh, .sigmoid], initializer: .scaledNormal, seed: 3)
        let config = TrainingConfiguration(epochs: 2000, rate: 0.1, loss: .binaryCrossEntropy)
        let result = try Trainer(config).train(net, on: Self.moons)
        #expect(Self.fingerprint(result) == 13_851_224_248_669_940_424, "fingerprint \(Self.fingerprint(result))")
    }

    /// The general path: two ReLU hidden layers, Adam, mini-batches, softmax and L2.
    @Test func generalPath() throws {
        let net = try Network(sizes: [2, 8, 8, 2], activations: [.relu, .relu, .softmax], initializer: .heNormal, seed: 4)
        let config = TrainingConfiguration(epochs: 300, rate: 0.01, loss: .softmaxCrossEntropy,
                                           optimizer: .adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8),
                                           batchSize: 16, seed: 5, l2: 0.001)
        let result = try Trainer(config).train(net, on: Self.moons)
        #expect(Self.fingerprint(result) == 16_871_719_843_785_387_049, "fingerprint \(Self.fingerprint(result))")
    }
}
