/// Full-batch gradient descent on a network with one hidden layer, in sample lanes (see `Lanes`).
///
/// Inputs, hidden outputs and output-layer values are stored one row per feature or neuron, one
/// lane per sample, with `lanes` = the sample count padded to a multiple of 8. Pad lanes hold
/// zero inputs and zero targets and are masked out of the gradients (their output delta is 0).
/// For a network x → h = f(W₁x + b₁) → o = g(W₂h + b₂), one `step` is the general trainer's
/// epoch written out:
///   forward    h = f(W₁x + b₁),  z = W₂h + b₂,  o = g(z)
///   output     Δ₂ = ∂E/∂z        (o − t)/m, times g′ for squared error
///   hidden     Δ₁ = (W₂ᵀΔ₂) ⊙ f′
///   update     W₂ −= η·(Δ₂hᵀ + λW₂), b₂ −= η·ΣΔ₂, W₁ −= η·(Δ₁xᵀ + λW₁), b₁ −= η·ΣΔ₁
/// with the backward pass fused into the update, neuron by neuron, and no allocation per step.
/// Every sum runs in the general path's order (over neurons in sequence, over samples in the
/// eight running sums of `Lanes`), so a step gives exactly the general trainer's bits.
struct HiddenLayerKernel {
    let sampleCount: Int
    let lanes: Int
    let inputCount: Int
    let hiddenCount: Int
    let outputCount: Int
    let hiddenActivation: Activation
    let outputActivation: Activation
    let loss: Loss

    /// Every parameter and every row of lanes in one array, so that one pointer reaches them all.
    private var storage: [Double]
    private let offsets: Offsets

    /// Where each region starts in `storage`, and how long it is.
    private struct Offsets {
        var hiddenWeights = 0, hiddenBiases = 0, outputWeights = 0, outputBiases = 0, previous = 0
        var inputs = 0, targets = 0, mask = 0, hidden = 0, netInputs = 0, outputs = 0, scratch = 0, sums = 0
        var end = 0

        mutating func take(_ count: Int) -> Int {
            defer { end += count }
            return end
        }
    }

    /// The regions of `storage` as pointers, valid inside `withRegions`.
    struct Regions {
        /// W₁ (h × inputs, row-major), b₁ (h), W₂ (outputs × h), b₂ (outputs).
        let hiddenWeights, hiddenBiases, outputWeights, outputBiases: UnsafeMutablePointer<Double>
        /// inputs × lanes: the samples transposed, zero in pad lanes.
        let inputs: UnsafeMutablePointer<Double>
        /// outputs × lanes: the targets, zero in pad lanes.
        let targets: UnsafeMutablePointer<Double>
        /// lanes: 1/m in a sample's lane, 0 in pad lanes.
        let mask: UnsafeMutablePointer<Double>
        /// h × lanes: the hidden outputs f(W₁x + b₁).
        let hidden: UnsafeMutablePointer<Double>
        /// outputs × lanes: z = W₂h + b₂.
        let netInputs: UnsafeMutablePointer<Double>
        /// outputs × lanes: g(z), 0 in pad lanes; Δ₂ during a step.
        let outputs: UnsafeMutablePointer<Double>
        /// lanes: one hidden neuron's net inputs, then its Δ₁; softmax's maxima.
        let scratch: UnsafeMutablePointer<Double>
        /// lanes: softmax's sums.
        let sums: UnsafeMutablePointer<Double>
    }

    /// Whether `step` can train `network` with `loss` and `optimizer` on the full batch: one
    /// hidden layer, gradient descent, and activations whose derivative is a function of the
    /// output (relu and leaky relu with a slope ≥ 0: the output's sign is the net input's).
    static func supports(_ network: Network, loss: Loss, optimizer: Optimizer) -> Bool {
        guard network.layers.count == 2, optimizer == .gradientDescent else { return false }
        func elementwise(_ f: Activation) -> Bool {
            switch f {
            case .identity, .sigmoid, .tanh, .relu: true
            case let .leakyReLU(slope): slope >= 0
            case .step, .softmax: false
            }
        }
        let (f, g) = (network.layers[0].activation, network.layers[1].activation)
        guard elementwise(f) else { return false }
        switch (loss, g) {
        case (.binaryCrossEntropy, .sigmoid), (.softmaxCrossEntropy, .softmax): return true
        case (.squaredError, _): return elementwise(g)
        default: return false
        }
    }

    /// Buffers for `network`'s shape with room for `sampleCount` samples, parameters loaded.
    init(network: Network, loss: Loss, sampleCount: Int) {
        precondition(network.layers.count == 2, "the kernel trains networks with one hidden layer")
        self.sampleCount = sampleCount
        let lanes = Lanes.paddedCount(sampleCount)
        let (p, h, q) = (network.inputCount, network.layers[0].fanOut, network.outputCount)
        (self.lanes, inputCount, hiddenCount, outputCount) = (lanes, p, h, q)
        hiddenActivation = network.layers[0].activation
        outputActivation = network.layers[1].activation
        self.loss = loss
        var o = Offsets()
        o.hiddenWeights = o.take(h * p)
        o.hiddenBiases = o.take(h)
        o.outputWeights = o.take(q * h)
        o.outputBiases = o.take(q)
        o.previous = o.take(o.end)
        o.inputs = o.take(p * lanes)
        o.targets = o.take(q * lanes)
        o.mask = o.take(lanes)
        o.hidden = o.take(h * lanes)
        o.netInputs = o.take(q * lanes)
        o.outputs = o.take(q * lanes)
        o.scratch = o.take(lanes)
        o.sums = o.take(lanes)
        offsets = o
        storage = [Double](repeating: 0, count: o.end)
        load(network)
    }

    /// Runs `body` with pointers to every region.
    mutating func withRegions<R>(_ body: (Regions) -> R) -> R {
        let o = offsets
        return storage.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            return body(Regions(
                hiddenWeights: base + o.hiddenWeights, hiddenBiases: base + o.hiddenBiases,
                outputWeights: base + o.outputWeights, outputBiases: base + o.outputBiases,
                inputs: base + o.inputs, targets: base + o.targets, mask: base + o.mask,
                hidden: base + o.hidden, netInputs: base + o.netInputs, outputs: base + o.outputs,
                scratch: base + o.scratch, sums: base + o.sums))
        }
    }

    /// Copies samples (rows of `x`) and their targets (rows of `t`) into lanes; the mask is 1/m
    /// in each sample's lane, the factor of the loss's average.
    mutating func setSamples(_ x: Matrix, targets t: Matrix) {
        precondition(x.rows == sampleCount && t.rows == sampleCount, "expected \(sampleCount) samples")
        precondition(x.columns == inputCount && t.columns == outputCount, "shape mismatch")
        let (n, p, q, lanes) = (sampleCount, inputCount, outputCount, lanes)
        let scale = 1 / Double(n)
        withRegions { r in
            for s in 0..<lanes {
                let isSample = s < n
                for i in 0..<p { r.inputs[i * lanes + s] = isSample ? x.values[s * p + i] : 0 }
                for k in 0..<q { r.targets[k * lanes + s] = isSample ? t.values[s * q + k] : 0 }
                r.mask[s] = isSample ? scale : 0
            }
        }
    }

    // MARK: - Parameters

    /// Copies the network's weights and biases into the kernel, without allocating.
    mutating func load(_ network: Network) {
        let (first, second) = (network.layers[0], network.layers[1])
        withRegions { r in
            HiddenLayerKernel.copy(first.weights.values, to: r.hiddenWeights)
            HiddenLayerKernel.copy(first.biases, to: r.hiddenBiases)
            HiddenLayerKernel.copy(second.weights.values, to: r.outputWeights)
            HiddenLayerKernel.copy(second.biases, to: r.outputBiases)
        }
    }

    /// Copies the kernel's weights and biases into the same-shaped `network`, without allocating;
    /// with `previous`, the ones from before the last `step`.
    mutating func store(into network: inout Network, previous: Bool = false) {
        let shift = previous ? offsets.previous : 0
        withRegions { r in
            HiddenLayerKernel.copy(r.hiddenWeights + shift, into: &network.layers[0].weights.values)
            HiddenLayerKernel.copy(r.hiddenBiases + shift, into: &network.layers[0].biases)
            HiddenLayerKernel.copy(r.outputWeights + shift, into: &network.layers[1].weights.values)
            HiddenLayerKernel.copy(r.outputBiases + shift, into: &network.layers[1].biases)
        }
    }

    /// Copies the parameters (the first `offsets.previous` values of `storage`) beside themselves,
    /// for `store(into:previous:)`.
    mutating func rememberParameters() {
        let count = offsets.previous
        storage.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            (base + count).update(from: base, count: count)
        }
    }

    /// Whether every weight and bias is finite.
    var parametersAreFinite: Bool {
        storage.withUnsafeBufferPointer { buffer in
            var finite = true
            for k in 0..<offsets.previous { finite = finite && buffer[k].isFinite }
            return finite
        }
    }

    private static func copy(_ source: [Double], to target: UnsafeMutablePointer<Double>) {
        source.withUnsafeBufferPointer { s in
            for k in 0..<s.count { target[k] = s[k] }
        }
    }

    private static func copy(_ source: UnsafeMutablePointer<Double>, into target: inout [Double]) {
        target.withUnsafeMutableBufferPointer { t in
            for k in 0..<t.count { t[k] = source[k] }
        }
    }
}
