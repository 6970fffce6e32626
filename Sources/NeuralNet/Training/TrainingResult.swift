/// The loss of the whole dataset after `epoch` epochs of training.
public struct LossRecord: Hashable, Sendable {
    public var epoch: Int
    public var loss: Double

    public init(epoch: Int, loss: Double) {
        self.epoch = epoch
        self.loss = loss
    }
}

/// Where and why a training stopped early: a loss or a weight that stopped being a finite number.
///
/// ```swift
/// result.divergence?.description   // "the weights became NaN or infinite in epoch 3; training stopped after epoch 2"
/// ```
public struct Divergence: Hashable, Sendable, CustomStringConvertible {
    public enum Cause: Hashable, Sendable {
        /// The recorded loss after the epoch was this non-finite value.
        case loss(Double)
        /// A weight or bias became NaN or infinite during the epoch.
        case weights
    }

    /// The epoch (1-based; 0 for the untrained network) in which training went wrong.
    public var epoch: Int
    public var cause: Cause

    public var description: String {
        let what = switch cause {
        case let .loss(value): "the loss became \(value.isNaN ? "NaN" : "infinite")"
        case .weights: "the weights became NaN or infinite"
        }
        let kept = epoch == 0 ? "training did not start" : "training stopped after epoch \(epoch - 1)"
        return "\(what) in epoch \(epoch); \(kept)"
    }
}

/// What training produced: the network, the loss curve, and whether it diverged.
///
/// When training diverges, `network` is the last network whose weights were all finite (the one
/// after `epochsCompleted` epochs), and `divergence` says where it went wrong.
public struct TrainingResult: Hashable, Sendable {
    public var network: Network
    /// (epoch, loss) after epoch 0, every `record` epochs, and after the last completed epoch.
    public var history: [LossRecord]
    /// The loss of `network` on the training data. After a divergence this can itself be
    /// infinite (finite weights whose outputs overflow); `divergence` then says so.
    public var finalLoss: Double
    public var epochsCompleted: Int
    public var divergence: Divergence?
    /// Copies of the network after the epochs `TrainingConfiguration.snapshots` names, in
    /// increasing epoch order, each epoch once; epochs after a divergence are missing.
    public var snapshots: [NetworkSnapshot] = []

    public var hasDiverged: Bool { divergence != nil }
}

/// The network as it was after `epoch` epochs of training (0: the untrained network).
public struct NetworkSnapshot: Hashable, Sendable {
    public var epoch: Int
    public var network: Network

    public init(epoch: Int, network: Network) {
        self.epoch = epoch
        self.network = network
    }
}
