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

        let x = data.features, t = data.targets(outputs: network.outputCount)
        let batch = min(config.batchSize ?? n, n)
        var net = network, lastGood = network
        var whole = Backpropagation(network: net, batchSize: n)
        var state = OptimizerState(optimizer: config.optimizer, network: net)

        // The fast path: full-batch gradient descent on one hidden layer (`HiddenLayerKernel`).
        let isFast = isFastPathAllowed && batch == n
            && HiddenLayerKernel.supports(net, loss: config.loss, optimizer: config.optimizer)
        var kernel = isFast ? HiddenLayerKernel(network: net, loss: config.loss, sampleCount: n) : nil
        kernel?.setSamples(x, targets: t)

        // Mini-batch buffers: batches of `batch` samples, and one smaller batch of the rest.
        var generator = NumpyRandom(seed: config.seed)
        var part = Backpropagation(network: net, batchSize: batch)
        var partX = Matrix(rows: batch, columns: x.columns), partT = Matrix(rows: batch, columns: t.columns)
        let restCount = n % batch
        var rest = Backpropagation(network: net, batchSize: restCount)
        var restX = Matrix(rows: restCount, columns: x.columns), restT = Matrix(rows: restCount, columns: t.columns)

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
            if kernel != nil {
                // The kernel keeps the parameters, and those before the step, between epochs;
                // `net` gets them when a loss is recorded.
                kernel!.step(rate: config.rate, l2: config.l2)
                guard kernel!.parametersAreFinite else {
                    kernel!.store(into: &lastGood, previous: true)
                    divergence = Divergence(epoch: epoch, cause: .weights)
                    break
                }
                if isRecorded || isSnapshot { kernel!.store(into: &net) }
            } else {
                Trainer.copyParameters(of: net, into: &lastGood)
                if batch == n {
                    whole.forward(net, input: x)
                    whole.backward(net, input: x, targets: t, loss: config.loss)
                    state.step(&net, gradients: whole, rate: config.rate, l2: config.l2)
                } else {
                    let order = generator.permutation(n)
                    var start = 0
                    while start + batch <= n {
                        Trainer.gather(order[start..<(start + batch)], x: x, t: t, into: &partX, &partT)
                        part.forward(net, input: partX)
                        part.backward(net, input: partX, targets: partT, loss: config.loss)
                        state.step(&net, gradients: part, rate: config.rate, l2: config.l2)
                        start += batch
                    }
                    if restCount > 0 {
                        Trainer.gather(order[start..<n], x: x, t: t, into: &restX, &restT)
                        rest.forward(net, input: restX)
                        rest.backward(net, input: restX, targets: restT, loss: config.loss)
                        state.step(&net, gradients: rest, rate: config.rate, l2: config.l2)
                    }
                }
                guard net.isFinite else {
                    divergence = Divergence(epoch: epoch, cause: .weights)
                    break
                }
            }
            if isRecorded {
                let loss = evaluate()
                guard loss.isFinite else {
                    kernel?.store(into: &lastGood, previous: true)
                    divergence = Divergence(epoch: epoch, cause: .loss(loss))
                    break
                }
                history.append(LossRecord(epoch: epoch, loss: loss))
                progress?(epoch, loss)
            }
            if isSnapshot {
                // A copy of the parameters only: the next step writes into `net`'s own buffers.
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

    /// Copies every weight and bias of `source` into the same-shaped `target` without allocating.
    private static func copyParameters(of source: Network, into target: inout Network) {
        for l in source.layers.indices {
            copy(source.layers[l].weights.values, into: &target.layers[l].weights.values)
            copy(source.layers[l].biases, into: &target.layers[l].biases)
        }
    }

    private static func copy(_ source: [Double], into target: inout [Double]) {
        source.withUnsafeBufferPointer { s in
            target.withUnsafeMutableBufferPointer { d in
                for k in 0..<s.count { d[k] = s[k] }
            }
        }
    }

    /// Copies the samples `indices` of inputs `x` and targets `t` into the batch buffers.
    private static func gather(_ indices: ArraySlice<Int>, x: Matrix, t: Matrix,
                               into batchX: inout Matrix, _ batchT: inout Matrix) {
        let (p, q) = (x.columns, t.columns)
        for (row, i) in indices.enumerated() {
            for j in 0..<p { batchX.values[row * p + j] = x.values[i * p + j] }
            for j in 0..<q { batchT.values[row * q + j] = t.values[i * q + j] }
        }
    }
}
