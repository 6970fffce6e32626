import NeuralNet

/// A trained network with what it was trained with: a label for tables and legends
/// (`model`, `h = 4`, `rate = 0.1`), the loss curve, and where training stopped early, if it did.
///
/// ```swift
/// model.label                 // "h = 4"
/// model.finalLoss             // 0.0213…
/// model.network.predict(batch)
/// ```
public struct TrainedModel: Hashable, Sendable {
    /// Where and why a training stopped early (NeuralNet's `Divergence`, which Notebook cannot build).
    public struct Stop: Hashable, Sendable {
        public var epoch: Int
        public var cause: Divergence.Cause

        public init(epoch: Int, cause: Divergence.Cause) {
            self.epoch = epoch
            self.cause = cause
        }
    }

    public var label: String
    public var network: Network
    /// (epoch, loss) after epoch 0, every `record` epochs and after the last completed epoch.
    public var history: [LossRecord]
    public var finalLoss: Double
    public var epochsCompleted: Int
    public var divergence: Stop?
    /// The loss it was trained on (also the loss `evaluate` reports).
    public var loss: NeuralNet.Loss
    public var rate: Double
    /// The epochs asked for.
    public var epochs: Int
    /// Epochs between recorded losses.
    public var record: Int
    /// Copies of the network after the epochs `snapshots=` named (0: untrained), in order.
    public var snapshots: [NetworkSnapshot] = []

    public init(label: String, network: Network, history: [LossRecord], finalLoss: Double, epochsCompleted: Int,
                divergence: Stop?, loss: NeuralNet.Loss, rate: Double, epochs: Int, record: Int) {
        self.label = label
        self.network = network
        self.history = history
        self.finalLoss = finalLoss
        self.epochsCompleted = epochsCompleted
        self.divergence = divergence
        self.loss = loss
        self.rate = rate
        self.epochs = epochs
        self.record = record
    }

    public init(label: String, result: TrainingResult, loss: NeuralNet.Loss, rate: Double, epochs: Int, record: Int) {
        self.init(label: label, network: result.network, history: result.history, finalLoss: result.finalLoss,
                  epochsCompleted: result.epochsCompleted,
                  divergence: result.divergence.map { Stop(epoch: $0.epoch, cause: $0.cause) },
                  loss: loss, rate: rate, epochs: epochs, record: record)
        snapshots = result.snapshots
    }

    public var hasDiverged: Bool { divergence != nil }
}
