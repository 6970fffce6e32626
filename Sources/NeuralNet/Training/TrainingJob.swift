/// One training of a sweep: a network, the data to train it on, and how.
///
/// `Trainer.train(_:)` runs a list of jobs in parallel.
///
/// ```swift
/// let jobs = try [1, 2, 4].map { h in
///     TrainingJob(network: try Network(sizes: [2, h, 2], activations: [.tanh, .sigmoid],
///                                      initializer: .scaledNormal, seed: 3),
///                 data: moons, configuration: TrainingConfiguration(epochs: 1000, rate: 0.1))
/// }
/// let results = Trainer.train(jobs)   // in the order of `jobs`
/// ```
public struct TrainingJob: Equatable, Sendable {
    public var network: Network
    public var data: Dataset
    public var configuration: TrainingConfiguration

    public init(network: Network, data: Dataset, configuration: TrainingConfiguration) {
        self.network = network
        self.data = data
        self.configuration = configuration
    }

    /// A rough measure of the work, for scheduling the largest jobs first: epochs × samples ×
    /// (weights and biases), the multiply-adds of the forward pass.
    public var cost: Double {
        let parameters = network.layers.reduce(0) { $0 + $1.weights.values.count + $1.biases.count }
        return Double(configuration.epochs) * Double(data.count) * Double(parameters)
    }
}
