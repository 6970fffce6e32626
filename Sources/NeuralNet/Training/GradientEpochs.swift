// The general path: back-propagation (`Backpropagation`) and any optimizer, on any network, over
// the whole batch or shuffled mini-batches. Both train `network` itself, epoch by epoch.

/// Back-propagation over the whole dataset, one step an epoch.
struct FullBatchEpochs: EpochRunner {
    private var step: GradientStep
    private var batch: TrainingBatch
    private var previous: Network

    init(network: Network, x: Matrix, t: Matrix, configuration: TrainingConfiguration) {
        step = GradientStep(network: network, configuration: configuration)
        batch = TrainingBatch(network: network, x: x, t: t)
        previous = network
    }

    mutating func run(_ network: inout Network, needsNetwork: Bool) -> Bool {
        previous.copyParameters(of: network)
        step.apply(to: &network, on: &batch)
        return network.isFinite
    }

    mutating func storeParametersBeforeLastEpoch(into network: inout Network) {
        network.copyParameters(of: previous)
    }
}

/// Mini-batch training: each epoch shuffles the samples (numpy's permutation from the
/// configuration's seed) and steps on batches of `batchSize` samples, then on one smaller batch
/// of the rest.
struct MiniBatchEpochs: EpochRunner {
    private var step: GradientStep
    private var previous: Network
    private var generator: NumpyRandom
    private let x: Matrix, t: Matrix
    private var full: TrainingBatch, rest: TrainingBatch

    init(network: Network, x: Matrix, t: Matrix, batchSize: Int, configuration: TrainingConfiguration) {
        step = GradientStep(network: network, configuration: configuration)
        previous = network
        generator = NumpyRandom(seed: configuration.seed)
        (self.x, self.t) = (x, t)
        full = TrainingBatch(network: network, size: batchSize, x: x, t: t)
        rest = TrainingBatch(network: network, size: x.rows % batchSize, x: x, t: t)
    }

    mutating func run(_ network: inout Network, needsNetwork: Bool) -> Bool {
        previous.copyParameters(of: network)
        let n = x.rows, size = full.size
        let order = generator.permutation(n)
        var start = 0
        while start + size <= n {
            full.gather(order[start..<(start + size)], x: x, t: t)
            step.apply(to: &network, on: &full)
            start += size
        }
        if rest.size > 0 {
            rest.gather(order[start..<n], x: x, t: t)
            step.apply(to: &network, on: &rest)
        }
        return network.isFinite
    }

    mutating func storeParametersBeforeLastEpoch(into network: inout Network) {
        network.copyParameters(of: previous)
    }
}

/// One gradient step on a batch: forward, backward, and the optimizer's update (its state
/// carried from step to step).
struct GradientStep {
    private var optimizer: OptimizerState
    private let loss: Loss, rate: Double, l2: Double

    init(network: Network, configuration: TrainingConfiguration) {
        optimizer = OptimizerState(optimizer: configuration.optimizer, network: network)
        (loss, rate, l2) = (configuration.loss, configuration.rate, configuration.l2)
    }

    mutating func apply(to network: inout Network, on batch: inout TrainingBatch) {
        batch.pass.forward(network, input: batch.x)
        batch.pass.backward(network, input: batch.x, targets: batch.t, loss: loss)
        optimizer.step(&network, gradients: batch.pass, rate: rate, l2: l2)
    }
}

/// The samples of one batch (inputs `x`, targets `t`) and the buffers of its passes.
struct TrainingBatch {
    var pass: Backpropagation
    private(set) var x: Matrix, t: Matrix
    var size: Int { x.rows }

    /// The whole dataset as one batch.
    init(network: Network, x: Matrix, t: Matrix) {
        pass = Backpropagation(network: network, batchSize: x.rows)
        (self.x, self.t) = (x, t)
    }

    /// Room for `size` samples of inputs shaped as `x`'s rows and targets as `t`'s.
    init(network: Network, size: Int, x: Matrix, t: Matrix) {
        pass = Backpropagation(network: network, batchSize: size)
        self.x = Matrix(rows: size, columns: x.columns)
        self.t = Matrix(rows: size, columns: t.columns)
    }

    /// Copies the samples `indices` of inputs `x` and targets `t` into the batch.
    mutating func gather(_ indices: ArraySlice<Int>, x: Matrix, t: Matrix) {
        let (p, q) = (x.columns, t.columns)
        for (row, i) in indices.enumerated() {
            for j in 0..<p { self.x.values[row * p + j] = x.values[i * p + j] }
            for j in 0..<q { self.t.values[row * q + j] = t.values[i * q + j] }
        }
    }
}

extension Network {
    /// Copies every weight and bias of the same-shaped `source` into this network without allocating.
    mutating func copyParameters(of source: Network) {
        for l in source.layers.indices {
            Network.copy(source.layers[l].weights.values, into: &layers[l].weights.values)
            Network.copy(source.layers[l].biases, into: &layers[l].biases)
        }
    }

    private static func copy(_ source: [Double], into target: inout [Double]) {
        source.withUnsafeBufferPointer { s in
            target.withUnsafeMutableBufferPointer { d in
                for k in 0..<s.count { d[k] = s[k] }
            }
        }
    }
}
