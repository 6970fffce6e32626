/// Trains a network by back-propagation as a `TrainingConfiguration` says.
///
/// Training stops early, and says where in `TrainingResult.divergence`, as soon as a weight
/// becomes NaN or infinite (checked after every epoch) or a recorded loss does (checked every
/// `record` epochs); the result then keeps the last network whose weights were finite.
/// All buffers are allocated before the first epoch; a mini-batch epoch allocates only the
/// shuffled order.
///
/// ```swift
/// let trainer = Trainer(TrainingConfiguration(epochs: 1000, rate: 0.5, loss: .binaryCrossEntropy))
/// let result = try trainer.train(net, on: data) { epoch, loss in print(epoch, loss) }
/// result.history.last?.loss
/// ```
public struct Trainer: Hashable, Sendable {
    public var configuration: TrainingConfiguration
    /// Whether supported setups train with `HiddenLayerKernel` (tests turn it off to compare).
    var isFastPathAllowed = true

    public init(_ configuration: TrainingConfiguration) {
        self.configuration = configuration
    }

    /// Trains a copy of `network` on `data`; `progress` gets (epoch, loss) at each recorded epoch.
    public func train(_ network: Network, on data: Dataset,
                      progress: ((Int, Double) -> Void)? = nil) throws(NeuralNetError) -> TrainingResult {
        let config = configuration
        try config.validate()
        try network.checkTrainable(with: config.loss)
        try network.checkFits(data)
        let n = data.count
        guard n > 0 else { throw .invalidSetting(name: "the number of samples", value: 0, rule: "at least 1") }

        // One path per setup; they differ only in what one epoch does.
        let x = data.features, t = data.targets(outputs: network.outputCount)
        let batch = min(config.batchSize ?? n, n)
        if batch < n {
            var epochs = MiniBatchEpochs(network: network, x: x, t: t, batchSize: batch, configuration: config)
            return record(&epochs, from: network, x: x, t: t, progress: progress)
        }
        if isFastPathAllowed && HiddenLayerKernel.supports(network, loss: config.loss, optimizer: config.optimizer) {
            var epochs = KernelEpochs(network: network, x: x, t: t, configuration: config)
            return record(&epochs, from: network, x: x, t: t, progress: progress)
        }
        var epochs = FullBatchEpochs(network: network, x: x, t: t, configuration: config)
        return record(&epochs, from: network, x: x, t: t, progress: progress)
    }

    /// Runs the epochs of any path and keeps what the result holds: the loss before training and
    /// every `record` epochs (and after the last), the snapshots asked for, and where training
    /// diverged; the network is the last one whose weights were finite.
    private func record<Epochs: EpochRunner>(_ epochs: inout Epochs, from network: Network, x: Matrix, t: Matrix,
                                             progress: ((Int, Double) -> Void)?) -> TrainingResult {
        let config = configuration
        var net = network, lastGood = network
        var whole = Backpropagation(network: net, batchSize: x.rows)

        // The loss on the whole dataset, plus (λ/2)·Σw² with L2.
        func evaluate() -> Double {
            whole.forward(net, input: x)
            var penalty = 0.0
            if config.l2 > 0 {
                for layer in net.layers { for w in layer.weights.values { penalty += w * w } }
            }
            return whole.loss(config.loss, targets: t) + 0.5 * config.l2 * penalty
        }

        var history: [LossRecord] = []
        history.reserveCapacity(config.epochs / config.record + 2)
        var divergence: Divergence?
        var completed = 0
        let initial = evaluate()
        if initial.isFinite {
            history.append(LossRecord(epoch: 0, loss: initial))
            progress?(0, initial)
        } else {
            divergence = Divergence(epoch: 0, cause: .loss(initial))
        }

        // Snapshot epochs, sorted and each once; `nextSnapshot` indexes the next one to keep.
        let snapshotEpochs = Array(Set(config.snapshots)).sorted()
        var snapshots: [NetworkSnapshot] = []
        snapshots.reserveCapacity(snapshotEpochs.count)
        var nextSnapshot = 0
        if divergence == nil, snapshotEpochs.first == 0 {
            snapshots.append(NetworkSnapshot(epoch: 0, network: net))
            nextSnapshot = 1
        }

        var epoch = 0
        while divergence == nil && epoch < config.epochs {
            epoch += 1
            let isRecorded = epoch % config.record == 0 || epoch == config.epochs
            let isSnapshot = nextSnapshot < snapshotEpochs.count && snapshotEpochs[nextSnapshot] == epoch
            guard epochs.run(&net, needsNetwork: isRecorded || isSnapshot) else {
                epochs.storeParametersBeforeLastEpoch(into: &lastGood)
                divergence = Divergence(epoch: epoch, cause: .weights)
                break
            }
            if isRecorded {
                let loss = evaluate()
                guard loss.isFinite else {
                    epochs.storeParametersBeforeLastEpoch(into: &lastGood)
                    divergence = Divergence(epoch: epoch, cause: .loss(loss))
                    break
                }
                history.append(LossRecord(epoch: epoch, loss: loss))
                progress?(epoch, loss)
            }
            if isSnapshot {
                // A copy of the parameters only: the next epoch writes into `net`'s own buffers.
                snapshots.append(NetworkSnapshot(epoch: epoch, network: net))
                nextSnapshot += 1
            }
            completed = epoch
        }
        // Without a divergence the last epoch was recorded; after one, `lastGood`'s loss is not known yet.
        if divergence != nil { net = lastGood }
        let finalLoss = divergence == nil ? history[history.count - 1].loss : evaluate()
        return TrainingResult(network: net, history: history, finalLoss: finalLoss,
                              epochsCompleted: completed, divergence: divergence, snapshots: snapshots)
    }
}
