@testable import NeuralNet
import Testing

/// Snapshots of the network during training: keeping them changes no bit of the training, on the
/// fast kernel and on the general path, and each is the network that training for that many
/// epochs gives.
@Suite struct TrainerSnapshotTests {
    static let moons = HiddenLayerKernelTests.moons

    /// (network, configuration without snapshots, whether it takes the fast kernel).
    static func setups() throws -> [(Network, TrainingConfiguration, Bool)] {
        let tanh = try Network(sizes: [2, 6, 2], activations: [.tanh, .sigmoid], initializer: .scaledNormal, seed: 3)
        let deep = try Network(sizes: [2, 4, 3, 2], activations: [.relu, .tanh, .sigmoid],
                               initializer: .scaledNormal, seed: 5)
        return [
            (tanh, TrainingConfiguration(epochs: 120, rate: 0.1, loss: .binaryCrossEntropy, record: 7), true),
            (tanh, TrainingConfiguration(epochs: 120, rate: 0.1, loss: .binaryCrossEntropy, l2: 0.01), true),
            (deep, TrainingConfiguration(epochs: 120, rate: 0.1, loss: .binaryCrossEntropy, record: 9), false),
            (tanh, TrainingConfiguration(epochs: 30, rate: 0.01, loss: .binaryCrossEntropy,
                                         optimizer: .adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8), batchSize: 16), false),
        ]
    }

    static let epochs = [0, 1, 7, 20, 29, 30, 100, 120]

    @Test func keepingSnapshotsChangesNoBit() throws {
        for (net, config, isFast) in try Self.setups() {
            let takesKernel = HiddenLayerKernel.supports(net, loss: config.loss, optimizer: config.optimizer)
                && config.batchSize == nil
            #expect(takesKernel == isFast)
            var snapshotting = config
            snapshotting.snapshots = Self.epochs.filter { $0 <= config.epochs }
            for isFastPathAllowed in [true, false] {
                var plain = Trainer(config), keeping = Trainer(snapshotting)
                plain.isFastPathAllowed = isFastPathAllowed
                keeping.isFastPathAllowed = isFastPathAllowed
                let without = try plain.train(net, on: Self.moons)
                let with = try keeping.train(net, on: Self.moons)
                #expect(without.snapshots.isEmpty)
                #expect(with.network == without.network)
                #expect(with.history == without.history)
                #expect(with.finalLoss.bitPattern == without.finalLoss.bitPattern)
                #expect(with.snapshots.map(\.epoch) == snapshotting.snapshots)
            }
        }
    }

    /// The snapshot after k epochs is the network a training of k epochs ends with, bit for bit.
    @Test func eachSnapshotIsTheNetworkAfterItsEpochs() throws {
        for (net, config, _) in try Self.setups() {
            var snapshotting = config
            snapshotting.snapshots = Self.epochs.filter { $0 <= config.epochs }
            for isFastPathAllowed in [true, false] {
                var trainer = Trainer(snapshotting)
                trainer.isFastPathAllowed = isFastPathAllowed
                let result = try trainer.train(net, on: Self.moons)
                for snapshot in result.snapshots {
                    var shorter = config
                    shorter.epochs = snapshot.epoch
                    var short = Trainer(shorter)
                    short.isFastPathAllowed = isFastPathAllowed
                    #expect(try short.train(net, on: Self.moons).network == snapshot.network,
                            "epoch \(snapshot.epoch), fast path allowed: \(isFastPathAllowed)")
                }
                #expect(result.snapshots.first?.network == net)
                #expect(result.snapshots.last?.network == result.network)
            }
        }
    }

    @Test func epochsAreSortedAndKeptOnce() throws {
        let (net, config, _) = try Self.setups()[0]
        var snapshotting = config
        snapshotting.snapshots = [50, 0, 50, 3]
        #expect(try Trainer(snapshotting).train(net, on: Self.moons).snapshots.map(\.epoch) == [0, 3, 50])
    }

    @Test func aSnapshotAfterTheEpochsIsAnError() throws {
        let (net, config, _) = try Self.setups()[0]
        var snapshotting = config
        snapshotting.snapshots = [0, 121]
        #expect(throws: NeuralNetError.self) { try Trainer(snapshotting).train(net, on: Self.moons) }
    }

    /// Epochs from the divergence on have no snapshot.
    @Test func noSnapshotAfterADivergence() throws {
        let net = try Network(sizes: [2, 6, 1], activations: [.relu, .identity], initializer: .scaledNormal, seed: 3)
        for isFastPathAllowed in [true, false] {
            var trainer = Trainer(TrainingConfiguration(epochs: 400, rate: 40, loss: .squaredError, record: 1,
                                                        snapshots: [0, 1, 399, 400]))
            trainer.isFastPathAllowed = isFastPathAllowed
            let result = try trainer.train(net, on: Self.moons)
            #expect(result.hasDiverged)
            #expect(result.snapshots.map(\.epoch) == [0, 1].filter { $0 < result.divergence!.epoch })
        }
    }
}
