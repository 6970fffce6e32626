import NeuralNet

/// The tutorial's experiment (issue 7): 2-h-2 networks, tanh hidden and sigmoid outputs, trained
/// on 60 noisy moons with binary cross-entropy, full-batch gradient descent at rate 0.1.
///
/// Data as numpy's `np.random.seed(1); make_moons(60, noise=1.0)`; each network's weights as
/// `np.random.seed(3)` then `randn(…) / sqrt(fan_in)`, layer by layer.
public enum TutorialExperiment {
    public static let hiddenSizes = [1, 2, 4, 10, 20, 50]
    public static let iterations = 30000

    public static let moons: Dataset = {
        var random = NumpyRandom(seed: 1)
        return Dataset.makeMoons(samples: 60, noise: 1.0, random: &random)
    }()

    /// The untrained 2-h-2 network, drawn after reseeding 3.
    public static func network(hidden: Int) -> Network {
        try! Network(sizes: [2, hidden, 2], activations: [.tanh, .sigmoid], initializer: .scaledNormal, seed: 3)
    }

    public static func job(hidden: Int, iterations: Int = iterations) -> TrainingJob {
        TrainingJob(network: network(hidden: hidden), data: moons,
                    configuration: TrainingConfiguration(epochs: iterations, rate: 0.1, loss: .binaryCrossEntropy))
    }

    public static func jobs(iterations: Int = iterations) -> [TrainingJob] {
        hiddenSizes.map { job(hidden: $0, iterations: iterations) }
    }

    /// Trains one job in the calling thread.
    public static func train(_ job: TrainingJob) -> TrainingResult {
        try! Trainer(job.configuration).train(job.network, on: job.data)
    }

    /// The whole experiment, one network after the other.
    public static func trainSerially(iterations: Int = iterations) -> [TrainingResult] {
        jobs(iterations: iterations).map(train)
    }

    /// The whole experiment with `Trainer.train(_:)`, one network per core.
    public static func trainInParallel(iterations: Int = iterations) -> [TrainingResult] {
        Trainer.train(jobs(iterations: iterations)).map { try! $0.get() }
    }

    /// The matrix work of one iteration, ≈ 20·N·h flops for N samples: forward 2·2h + 2·2h,
    /// backward 2·2h (hidden deltas) + 2·2h (output gradients) + 2·2h (hidden gradients) per sample.
    public static func flopsPerIteration(hidden: Int) -> Double {
        20 * Double(moons.count) * Double(hidden)
    }

    /// The original notebook's decision-boundary grid: step 0.01 over the data ± 0.5
    /// (`np.arange(min − .5, max + .5, 0.01)` on each axis).
    public static let grid: (xs: [Double], ys: [Double]) = {
        func axis(_ j: Int) -> [Double] {
            let column = moons.features.column(j)
            let (low, high) = (column.min()! - 0.5, column.max()! + 0.5)
            let count = Int(((high - low) / 0.01).rounded(.up))
            return (0..<count).map { low + 0.01 * Double($0) }
        }
        return (axis(0), axis(1))
    }()

    /// The number of samples a network classifies correctly.
    public static func correct(_ network: Network) -> Int {
        zip(network.predict(moons.features), moons.labels).filter { $0 == $1 }.count
    }
}
