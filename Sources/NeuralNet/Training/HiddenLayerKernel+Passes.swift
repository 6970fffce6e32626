// The forward pass and one gradient-descent step of `HiddenLayerKernel`, row by row of lanes.
// Every loop runs over samples, so it vectorizes; the order of each sum over neurons is the
// general path's (`Backpropagation`), so the forward values and deltas have its bits.

extension HiddenLayerKernel {
    // MARK: - Forward

    /// Fills `hidden`, `netInputs` and `outputs` for the samples in lanes, with the loaded parameters.
    mutating func forward() {
        let (p, h, q, lanes) = (inputCount, hiddenCount, outputCount, self.lanes)
        let (f, g) = (hiddenActivation, outputActivation)
        let n = sampleCount
        withRegions { r in
            for j in 0..<h {
                // h_j = f(Σ_i w_ji·x_i + b_j) for the samples; 0 in pad lanes, which saves the
                // activation (the most expensive step) there and keeps every pad value finite
                let row = r.hidden + j * lanes
                Lanes.weightedSum(of: r.inputs, stride: lanes, rowCount: p, weights: r.hiddenWeights + j * p,
                                  bias: r.hiddenBiases[j], into: r.scratch, count: lanes)
                HiddenLayerKernel.activate(r.scratch, into: row, count: n, f)
                for s in n..<lanes { row[s] = 0 }
            }
            // z_k = Σ_j w_kj·h_j + b_k, two outputs per pass over the hidden rows
            var k = 0
            while k + 1 < q {
                Lanes.weightedSums(of: r.hidden, stride: lanes, rowCount: h,
                                   weights: (UnsafePointer(r.outputWeights + k * h), UnsafePointer(r.outputWeights + (k + 1) * h)),
                                   biases: (r.outputBiases[k], r.outputBiases[k + 1]),
                                   into: (r.netInputs + k * lanes, r.netInputs + (k + 1) * lanes), count: lanes)
                k += 2
            }
            if k < q {
                Lanes.weightedSum(of: r.hidden, stride: lanes, rowCount: h, weights: r.outputWeights + k * h,
                                  bias: r.outputBiases[k], into: r.netInputs + k * lanes, count: lanes)
            }
            if g == .softmax {
                HiddenLayerKernel.softmax(r, outputs: q, lanes: lanes)
            } else {
                // the samples' lanes only; pad lanes' outputs are 0, so their Δ₂ stays 0
                for k in 0..<q {
                    let (z, o) = (r.netInputs + k * lanes, r.outputs + k * lanes)
                    HiddenLayerKernel.activate(z, into: o, count: n, g)
                    for s in n..<lanes { o[s] = 0 }
                }
            }
        }
    }

    /// o[s] = f(z[s]) for an elementwise activation; z and o must not overlap.
    static func activate(_ z: UnsafeMutablePointer<Double>, into o: UnsafeMutablePointer<Double>, count: Int,
                         _ f: Activation) {
        switch f {
        case .identity: for s in 0..<count { o[s] = z[s] }
        // the batch forms of the functions `Activation.value` calls: the same bits, in explicit
        // SIMD lanes (also in debug builds, where -O without whole-module optimization inlines
        // nothing from other files; they would also be vector code in place)
        case .sigmoid: Elementary.sigmoid(UnsafeBufferPointer(start: z, count: count),
                                          into: UnsafeMutableBufferPointer(start: o, count: count))
        case .tanh: Elementary.tanh(UnsafeBufferPointer(start: z, count: count),
                                    into: UnsafeMutableBufferPointer(start: o, count: count))
        case .relu, .leakyReLU, .step: for s in 0..<count { o[s] = f.value(z[s]) }
        case .softmax: preconditionFailure("softmax is not elementwise")
        }
    }

    /// o_k = e^(z_k − max z) / Σ_j e^(z_j − max z) in every lane, summed over k in order.
    private static func softmax(_ r: Regions, outputs q: Int, lanes: Int) {
        let (largest, sums) = (r.scratch, r.sums)
        for s in 0..<lanes { (largest[s], sums[s]) = (-.infinity, 0) }
        for k in 0..<q {
            let z = r.netInputs + k * lanes
            for s in 0..<lanes { largest[s] = Swift.max(largest[s], z[s]) }
        }
        for k in 0..<q {
            let (z, o) = (r.netInputs + k * lanes, r.outputs + k * lanes)
            for s in 0..<lanes {
                o[s] = Elementary.exp(z[s] - largest[s])
                sums[s] += o[s]
            }
        }
        for k in 0..<q {
            let o = r.outputs + k * lanes
            for s in 0..<lanes { o[s] /= sums[s] }
        }
    }

    // MARK: - One step

    /// One epoch of full-batch gradient descent with rate η and L2 strength λ on the loaded
    /// parameters, which stay in the kernel (`store(into:)` copies them out); the ones before the
    /// step are kept for `store(into:previous:)`.
    mutating func step(rate: Double, l2: Double) {
        rememberParameters()
        forward()
        let (p, h, q, lanes) = (inputCount, hiddenCount, outputCount, self.lanes)
        let (f, g, loss) = (hiddenActivation, outputActivation, self.loss)
        withRegions { r in
            // Δ₂ = ∂E/∂z = (o − t)/m (times g′(z) for squared error), 0 in pad lanes
            for k in 0..<q {
                let (o, t, z) = (r.outputs + k * lanes, r.targets + k * lanes, r.netInputs + k * lanes)
                if loss == .squaredError {
                    for s in 0..<lanes { o[s] = (o[s] - t[s]) * r.mask[s] * g.derivative(at: z[s], output: o[s]) }
                } else {
                    for s in 0..<lanes { o[s] = (o[s] - t[s]) * r.mask[s] }
                }
            }
            // f′ as a type, so that each activation gets its own specialized loops
            let shape = (p, h, q, lanes)
            switch f {
            case .identity: HiddenLayerKernel.backward(r, shape: shape, rate: rate, l2: l2, IdentityFactor())
            case .tanh: HiddenLayerKernel.backward(r, shape: shape, rate: rate, l2: l2, TanhFactor())
            case .sigmoid: HiddenLayerKernel.backward(r, shape: shape, rate: rate, l2: l2, SigmoidFactor())
            default: HiddenLayerKernel.backward(r, shape: shape, rate: rate, l2: l2, LaneByLaneFactor(f: f))
            }
            // ∂E/∂b_k = Σ_s Δ₂_k
            for k in 0..<q {
                descend(&r.outputBiases[k], gradient: Lanes.sum(r.outputs + k * lanes, count: lanes), rate: rate, l2: 0)
            }
        }
    }

    /// The gradient step for every hidden neuron's weights and bias and the output weights from
    /// it, pass by pass over the lanes (any number of inputs and outputs); the tutorial's shape,
    /// two features and two classes, takes the fused `backwardTwoByTwo`.
    private static func backward<Factor: DerivativeFactor>(_ r: Regions, shape: (p: Int, h: Int, q: Int, lanes: Int),
                                                           rate: Double, l2: Double, _ factor: Factor) {
        let (p, h, q, lanes) = shape
        if p == 2 && q == 2 {
            backwardTwoByTwo(r, hidden: h, lanes: lanes, rate: rate, l2: l2, factor)
            return
        }
        let delta = r.scratch
        for j in 0..<h {
            let row = r.hidden + j * lanes
            // Δ₁_j = (Σ_k Δ₂_k·w_kj) ⊙ f′(h_j), with the old w_kj
            Lanes.weightedSum(of: r.outputs, stride: lanes, rowCount: q, weights: r.outputWeights + j,
                              weightStride: h, into: delta, count: lanes)
            var s = 0
            while s < lanes {
                Lanes.store(factor.times(Lanes.load(delta + s), output: Lanes.load(row + s)), to: delta + s)
                s += Lanes.width
            }
            // ∂E/∂w_kj = Σ_s Δ₂_k·h_j
            for k in 0..<q {
                let gradient = Lanes.dot(r.outputs + k * lanes, row, count: lanes)
                descend(&r.outputWeights[k * h + j], gradient: gradient, rate: rate, l2: l2)
            }
            // ∂E/∂w_ji = Σ_s Δ₁_j·x_i,  ∂E/∂b_j = Σ_s Δ₁_j
            for i in 0..<p {
                let gradient = Lanes.dot(delta, r.inputs + i * lanes, count: lanes)
                descend(&r.hiddenWeights[j * p + i], gradient: gradient, rate: rate, l2: l2)
            }
            descend(&r.hiddenBiases[j], gradient: Lanes.sum(delta, count: lanes), rate: rate, l2: 0)
        }
    }

    /// `backward(_:shape:rate:l2:_:)` when there are two inputs and two outputs, in one pass over
    /// the lanes per neuron: the same operations in the same order as its separate passes
    /// (`Lanes.weightedSum`, `factor`, `Lanes.dot`, `Lanes.sum`), with the five gradients' eight
    /// running sums each kept in registers, so the bits are the same.
    static func backwardTwoByTwo<Factor: DerivativeFactor>(_ r: Regions, hidden h: Int, lanes: Int,
                                                            rate: Double, l2: Double, _ factor: Factor) {
        for j in 0..<h {
            let row = r.hidden + j * lanes
            let (w0, w1) = (r.outputWeights[j], r.outputWeights[h + j])      // the old w_kj
            var (g0, g1, a0, a1, b) = (Lanes.Vector(), Lanes.Vector(), Lanes.Vector(), Lanes.Vector(), Lanes.Vector())
            var s = 0
            while s < lanes {
                let o = Lanes.load(row + s)
                let (d0, d1) = (Lanes.load(r.outputs + s), Lanes.load(r.outputs + lanes + s))
                let delta = factor.times((Lanes.Vector() + d0 * w0) + d1 * w1, output: o)
                g0 += d0 * o
                g1 += d1 * o
                a0 += delta * Lanes.load(r.inputs + s)
                a1 += delta * Lanes.load(r.inputs + lanes + s)
                b += delta
                s += Lanes.width
            }
            descend(&r.outputWeights[j], gradient: Lanes.total(g0), rate: rate, l2: l2)
            descend(&r.outputWeights[h + j], gradient: Lanes.total(g1), rate: rate, l2: l2)
            descend(&r.hiddenWeights[2 * j], gradient: Lanes.total(a0), rate: rate, l2: l2)
            descend(&r.hiddenWeights[2 * j + 1], gradient: Lanes.total(a1), rate: rate, l2: l2)
            descend(&r.hiddenBiases[j], gradient: Lanes.total(b), rate: rate, l2: 0)
        }
    }
}

/// w ← w − η·(g + λw), exactly as `OptimizerState` updates with gradient descent.
@inline(__always)
private func descend(_ w: inout Double, gradient g: Double, rate: Double, l2: Double) {
    w -= rate * (g + l2 * w)
}

/// delta ⊙ f′ for eight lanes, given the activation's output o = f(z) alone (the formulas of
/// `Activation.derivative`), one type per activation.
protocol DerivativeFactor {
    func times(_ delta: Lanes.Vector, output o: Lanes.Vector) -> Lanes.Vector
}

struct IdentityFactor: DerivativeFactor {
    @inline(__always) func times(_ delta: Lanes.Vector, output o: Lanes.Vector) -> Lanes.Vector { delta }
}

struct TanhFactor: DerivativeFactor {
    @inline(__always) func times(_ delta: Lanes.Vector, output o: Lanes.Vector) -> Lanes.Vector { delta * (1 - o * o) }
}

struct SigmoidFactor: DerivativeFactor {
    @inline(__always) func times(_ delta: Lanes.Vector, output o: Lanes.Vector) -> Lanes.Vector { delta * (o * (1 - o)) }
}

/// Any other elementwise activation (relu, leaky relu), lane by lane through
/// `Activation.derivative`; z > 0 exactly when o > 0 for relu and for leaky relu with a slope ≥ 0
/// (`supports` admits no other).
struct LaneByLaneFactor: DerivativeFactor {
    let f: Activation

    @inline(__always) func times(_ delta: Lanes.Vector, output o: Lanes.Vector) -> Lanes.Vector {
        var factor = Lanes.Vector()
        for l in 0..<Lanes.width { factor[l] = f.derivative(at: o[l], output: o[l]) }
        return delta * factor
    }
}
