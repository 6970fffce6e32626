/// `model = train net on data epochs=30000 rate=0.1 …`: how to train a network (or a sweep).
///
/// Defaults are filled in: loss `crossentropy` (`softmax` when the output layer is softmax),
/// optimizer `gd`, batch `full`, record `max(1, epochs / 200)`, seed 0, l2 0, momentum 0.9,
/// beta1 0.9, beta2 0.999, no snapshots.
///
/// A list for `rate`, `optimizer`, `batch` or `seed` makes it a sweep (`sweep`; the setting
/// itself then holds the list's first value), one model per value: `members`.
///
/// ```swift
/// spec.members.map(\.rate)   // [0.01, 0.1, 1] for rate=[0.01, 0.1, 1]
/// ```
public struct TrainSpec: Hashable, Sendable {
    /// A network, a network sweep, or one member of a sweep (`nets[2]`).
    public var network: Subject
    public var dataset: String
    public var epochs: Int
    public var rate: Double
    public var loss: LossName
    public var optimizer: OptimizerName
    public var batch: BatchSize
    /// Record the loss every `record` epochs.
    public var record: Int
    /// Mini-batch shuffling.
    public var seed: Int
    public var l2: Double
    public var momentum: Double
    public var beta1: Double
    public var beta2: Double
    /// Which epochs keep a copy of the network (`snapshots=`): Notebook turns a plan into epochs
    /// (`TrainSpec.snapshots`, which needs NeuralNet's `exp` and `log` for a log-spaced count).
    public var snapshotPlan: SnapshotPlan = .epochs([])
    /// The one setting written as a list, if any.
    public var sweep: Sweep?

    /// A setting of `train` written as a list: one model per value.
    public enum Sweep: Hashable, Sendable {
        case rate([Double])
        case optimizer([OptimizerName])
        case batch([BatchSize])
        /// Mini-batch shuffling seeds.
        case seed([Int])

        public var count: Int {
            switch self {
            case .rate(let values): values.count
            case .optimizer(let values): values.count
            case .batch(let values): values.count
            case .seed(let values): values.count
            }
        }
    }

    /// One training without a list per member of the sweep; itself when it is none.
    public var members: [TrainSpec] {
        var plain = self
        plain.sweep = nil
        switch sweep {
        case .rate(let rates)?: return rates.map { var member = plain; member.rate = $0; return member }
        case .optimizer(let optimizers)?: return optimizers.map { var member = plain; member.optimizer = $0; return member }
        case .batch(let batches)?: return batches.map { var member = plain; member.batch = $0; return member }
        case .seed(let seeds)?: return seeds.map { var member = plain; member.seed = $0; return member }
        case nil: return [plain]
        }
    }

    /// The most snapshots one training keeps.
    public static let maximumSnapshots = 20

    public init(network: Subject, dataset: String, epochs: Int, rate: Double, sweep: Sweep? = nil, loss: LossName = .crossEntropy,
                optimizer: OptimizerName = .gradientDescent, batch: BatchSize = .full, record: Int? = nil, seed: Int = 0,
                l2: Double = 0, momentum: Double = 0.9, beta1: Double = 0.9, beta2: Double = 0.999) {
        self.network = network
        self.dataset = dataset
        self.epochs = epochs
        self.rate = rate
        self.sweep = sweep
        self.loss = loss
        self.optimizer = optimizer
        self.batch = batch
        self.record = record ?? max(1, epochs / 200)
        self.seed = seed
        self.l2 = l2
        self.momentum = momentum
        self.beta1 = beta1
        self.beta2 = beta2
    }
}

/// `snapshots=[0, 100, 1000]` (epochs, sorted, each once) or `snapshots=6` (that many, log-spaced
/// from epoch 0 to the last: see Notebook's `TrainSpec.logSpacedEpochs`).
public enum SnapshotPlan: Hashable, Sendable {
    case epochs([Int])
    case logSpaced(count: Int)
}

/// Samples per gradient step: the whole dataset, or mini-batches of a size.
public enum BatchSize: Hashable, Sendable {
    case full
    case size(Int)
}

/// `m = train net input=[0.05,0.1] target=[0.01,0.99] epochs=10000 rate=0.5`: gradient descent on
/// one explicit sample, the worked example's error falling over many iterations. Defaults: loss
/// `squared`, record `max(1, epochs / 200)`.
///
/// ```swift
/// SampleTrainSpec(network: "mazur", input: [0.05, 0.1], target: [0.01, 0.99], epochs: 10000, rate: 0.5)
/// ```
public struct SampleTrainSpec: Hashable, Sendable {
    /// A network, or one member of a network sweep.
    public var network: Subject
    /// One value per network input.
    public var input: [Double]
    /// One value per network output.
    public var target: [Double]
    public var epochs: Int
    public var rate: Double
    public var loss: LossName
    /// Record the loss every `record` epochs.
    public var record: Int

    public init(network: Subject, input: [Double], target: [Double], epochs: Int, rate: Double,
                loss: LossName = .squared, record: Int? = nil) {
        self.network = network
        self.input = input
        self.target = target
        self.epochs = epochs
        self.rate = rate
        self.loss = loss
        self.record = record ?? max(1, epochs / 200)
    }
}
