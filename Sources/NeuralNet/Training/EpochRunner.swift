/// What one epoch of training does on one path (the fast kernel, the whole batch, shuffled
/// mini-batches). `Trainer` runs the epochs and keeps the losses, snapshots and divergence, the
/// same way for every path.
protocol EpochRunner {
    /// Trains one epoch, starting from the parameters the last epoch left. Afterwards `network`
    /// holds the new parameters when `needsNetwork` is true (a path may keep them elsewhere
    /// between epochs). Returns false when a weight or bias became NaN or infinite.
    mutating func run(_ network: inout Network, needsNetwork: Bool) -> Bool

    /// Copies the parameters from before the last epoch into the same-shaped `network`.
    mutating func storeParametersBeforeLastEpoch(into network: inout Network)
}

/// Full-batch gradient descent on one hidden layer in `HiddenLayerKernel`, which keeps the
/// parameters, and those before the step, between epochs; `network` gets them only when asked.
struct KernelEpochs: EpochRunner {
    private var kernel: HiddenLayerKernel
    private let rate: Double, l2: Double

    init(network: Network, x: Matrix, t: Matrix, configuration: TrainingConfiguration) {
        kernel = HiddenLayerKernel(network: network, loss: configuration.loss, sampleCount: x.rows)
        kernel.setSamples(x, targets: t)
        (rate, l2) = (configuration.rate, configuration.l2)
    }

    mutating func run(_ network: inout Network, needsNetwork: Bool) -> Bool {
        kernel.step(rate: rate, l2: l2)
        guard kernel.parametersAreFinite else { return false }
        if needsNetwork { kernel.store(into: &network) }
        return true
    }

    mutating func storeParametersBeforeLastEpoch(into network: inout Network) {
        kernel.store(into: &network, previous: true)
    }
}
