/// Everything that decides how a network is trained, apart from the network and the data.
///
/// One epoch is one pass over the data: one step on the full batch, or one step per mini-batch
/// of `batchSize` samples in an order shuffled each epoch by `NumpyRandom(seed:)`'s
/// `permutation`. The loss is recorded after epoch 0 (before training), every `record` epochs
/// and after the last epoch. With `l2` = λ > 0 the recorded loss includes (λ/2)·Σw² (weights
/// only, not biases) and every step adds λ·w to the weights' gradients.
///
/// ```swift
/// let config = TrainingConfiguration(epochs: 30000, rate: 0.1, loss: .binaryCrossEntropy)
/// let result = try Trainer(config).train(net, on: data)
/// ```
public struct TrainingConfiguration: Hashable, Sendable {
    public var epochs: Int
    public var rate: Double
    public var loss: Loss
    public var optimizer: Optimizer
    /// Samples per step; `nil` (or a size at least the dataset's) trains on the full batch.
    public var batchSize: Int?
    /// Record the loss every `record` epochs.
    public var record: Int
    /// Seeds the shuffling of mini-batches.
    public var seed: UInt32
    /// L2 regularisation strength λ.
    public var l2: Double
    /// Epochs (0 = before training) after which a copy of the network is kept, in
    /// `TrainingResult.snapshots`. Keeping them changes no bit of the training.
    public var snapshots: [Int]

    /// `record` defaults to `max(1, epochs / 200)`.
    public init(epochs: Int, rate: Double, loss: Loss = .binaryCrossEntropy,
                optimizer: Optimizer = .gradientDescent, batchSize: Int? = nil, record: Int? = nil,
                seed: UInt32 = 0, l2: Double = 0, snapshots: [Int] = []) {
        self.epochs = epochs
        self.rate = rate
        self.loss = loss
        self.optimizer = optimizer
        self.batchSize = batchSize
        self.record = record ?? max(1, epochs / 200)
        self.seed = seed
        self.l2 = l2
        self.snapshots = snapshots
    }

    /// Throws if a setting is out of range.
    public func validate() throws(NeuralNetError) {
        func require(_ ok: Bool, _ name: String, _ value: Double, _ rule: String) throws(NeuralNetError) {
            if !ok { throw .invalidSetting(name: name, value: value, rule: rule) }
        }
        try require(epochs >= 0, "epochs", Double(epochs), "at least 0")
        try require(rate > 0 && rate.isFinite, "rate", rate, "a positive number")
        try require(record >= 1, "record", Double(record), "at least 1")
        try require(l2 >= 0 && l2.isFinite, "l2", l2, "at least 0")
        for epoch in snapshots {
            try require(epoch >= 0 && epoch <= epochs, "snapshot epoch", Double(epoch), "in 0...\(epochs)")
        }
        if let batchSize { try require(batchSize >= 1, "batch", Double(batchSize), "at least 1") }
        switch optimizer {
        case .gradientDescent: break
        case let .momentum(mu): try require(mu >= 0 && mu < 1, "momentum", mu, "in [0, 1)")
        case let .adam(beta1, beta2, epsilon):
            try require(beta1 >= 0 && beta1 < 1, "beta1", beta1, "in [0, 1)")
            try require(beta2 >= 0 && beta2 < 1, "beta2", beta2, "in [0, 1)")
            try require(epsilon > 0, "epsilon", epsilon, "positive")
        }
    }
}
