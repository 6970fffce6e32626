import NeuralNet

/// A trained network with what it was trained with: a label for tables and legends
/// (`model`, `h = 4`, `rate = 0.1`), the loss curve, and where training stopped early, if it did.
///
/// ```swift
/// model.label                 // "h = 4"
/// model.finalLoss             // 0.0213…
/// model.network.predict(batch)
/// ```
struct TrainedModel: Hashable, Sendable {
    /// Where and why a training stopped early (NeuralNet's `Divergence`, which Notebook cannot build).
    struct Stop: Hashable, Sendable {
        var epoch: Int
        var cause: Divergence.Cause

        init(epoch: Int, cause: Divergence.Cause) {
            self.epoch = epoch
            self.cause = cause
        }
    }

    var label: String
    var network: Network
    /// (epoch, loss) after epoch 0, every `record` epochs and after the last completed epoch.
    var history: [LossRecord]
    var finalLoss: Double
    var epochsCompleted: Int
    var divergence: Stop?
    /// The loss it was trained on (also the loss `evaluate` reports).
    var loss: NeuralNet.Loss
    var rate: Double
    /// The epochs asked for.
    var epochs: Int
    /// Epochs between recorded losses.
    var record: Int
    /// Copies of the network after the epochs `snapshots=` named (0: untrained), in order.
    var snapshots: [NetworkSnapshot] = []
    /// What `train … on DATA` started from, for `export model to "train.py"`; nil for a model
    /// trained on one explicit sample.
    var origin: TrainingOrigin?

    init(label: String, network: Network, history: [LossRecord], finalLoss: Double, epochsCompleted: Int,
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

    init(label: String, result: TrainingResult, loss: NeuralNet.Loss, rate: Double, epochs: Int, record: Int) {
        self.init(label: label, network: result.network, history: result.history, finalLoss: result.finalLoss,
                  epochsCompleted: result.epochsCompleted,
                  divergence: result.divergence.map { Stop(epoch: $0.epoch, cause: $0.cause) },
                  loss: loss, rate: rate, epochs: epochs, record: record)
        snapshots = result.snapshots
    }

    var hasDiverged: Bool { divergence != nil }
}

/// The untrained network and the data a model was trained on, and the first setting of its
/// training that the exported numpy program does not reproduce (`optimizer=adam`, `batch=16`,
/// `l2=0.01`), if any. The data is kept only up to `maximumSamples` (the program embeds it, and
/// a cached model would carry it).
struct TrainingOrigin: Hashable, Sendable {
    static let maximumSamples = 10_000
    var network: Network
    var data: Dataset?
    var unsupported: String?

    init(network: Network, data: Dataset, unsupported: String?) {
        self.network = network
        self.data = data.count <= Self.maximumSamples ? data : nil
        self.unsupported = unsupported
    }

    init(network: Network, keptData: Dataset?, unsupported: String?) {
        (self.network, self.data, self.unsupported) = (network, keptData, unsupported)
    }
}

extension TrainingOrigin {
    // Dataset is only Equatable: hash what identifies the data well enough, compare all of it.
    func hash(into hasher: inout Hasher) {
        hasher.combine(network)
        hasher.combine(data?.features)
        hasher.combine(data?.labels)
        hasher.combine(unsupported)
    }
}
