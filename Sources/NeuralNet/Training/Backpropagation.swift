/// The buffers of one forward and one backward pass over batches of a fixed size, allocated once.
///
/// For layer l with input A (the batch itself for the first layer), weights W and biases b:
///   forward    Z_l = A · Wᵀ + b,  O_l = f(Z_l)
///   output     Δ_L = ∂E/∂Z_L                      (from the loss, see `Loss.outputDelta`)
///   gradients  ∂E/∂W_l = Δ_lᵀ · A,  ∂E/∂b_l = Σ_samples Δ_l
///   one back   Δ_(l−1) = (Δ_l · W_l) ⊙ f′(Z_(l−1))
/// Δ_l is the "delta" of the worked examples: the error's derivative by each neuron's net input.
struct Backpropagation {
    let batchSize: Int
    var netInputs: [Matrix]
    var outputs: [Matrix]
    var deltas: [Matrix]
    var weightGradients: [Matrix]
    var biasGradients: [[Double]]

    init(network: Network, batchSize: Int) {
        self.batchSize = batchSize
        netInputs = network.layers.map { Matrix(rows: batchSize, columns: $0.fanOut) }
        outputs = netInputs
        deltas = netInputs
        weightGradients = network.layers.map { Matrix(rows: $0.fanOut, columns: $0.fanIn) }
        biasGradients = network.layers.map { [Double](repeating: 0, count: $0.fanOut) }
    }

    /// Fills `netInputs` and `outputs` for the batch `input` (`batchSize` rows).
    mutating func forward(_ network: Network, input: Matrix) {
        precondition(input.rows == batchSize, "batch of \(input.rows) in buffers for \(batchSize)")
        for l in network.layers.indices {
            let layerInput = l == 0 ? input : outputs[l - 1]
            network.layers[l].forward(layerInput, netInput: &netInputs[l], output: &outputs[l])
        }
    }

    /// The loss of the last forward pass against `targets`.
    func loss(_ loss: Loss, targets: Matrix) -> Double {
        let last = outputs.count - 1
        return loss.value(outputs: outputs[last], netInputs: netInputs[last], targets: targets)
    }

    /// Fills `deltas` and the gradients, after `forward` on the same `input`.
    mutating func backward(_ network: Network, input: Matrix, targets: Matrix, loss: Loss) {
        let last = network.layers.count - 1
        loss.outputDelta(outputs: outputs[last], netInputs: netInputs[last], targets: targets,
                         activation: network.layers[last].activation, into: &deltas[last])
        for l in stride(from: last, through: 0, by: -1) {
            let layerInput = l == 0 ? input : outputs[l - 1]
            let delta = deltas[l]
            // ∂E/∂W = Δᵀ · A
            Matrix.multiply(transposing: delta, layerInput, into: &weightGradients[l])
            // ∂E/∂b = Σ_samples Δ
            delta.columnSums(into: &biasGradients[l])
            guard l > 0 else { break }
            // ∂E/∂O_(l−1) = Δ · W, then ∂E/∂Z_(l−1) = ∂E/∂O_(l−1) ⊙ f′(Z_(l−1))
            Matrix.multiply(delta, network.layers[l].weights, into: &deltas[l - 1])
            network.layers[l - 1].activation.multiplyDerivative(
                netInput: netInputs[l - 1], output: outputs[l - 1], into: &deltas[l - 1])
        }
    }
}
