/// One hand-calculation step for one input and target: the forward pass, the error, the
/// backward pass and a gradient-descent update, with every intermediate value kept.
///
/// Arrays by layer are indexed like `Network.layers` (index 0 is the first layer after the
/// inputs; notebooks call it layer 1). The update is w′ = w − η·∂E/∂w for every weight and bias.
///
/// ```swift
/// let t = try StepTrace(network: net, input: [0.05, 0.10], target: [0.01, 0.99],
///                       loss: .squaredError, rate: 0.5)
/// t.output             // [0.7513650696, 0.7729284653]
/// t.totalError         // 0.2983711088
/// try t.gradient(ofWeight: 5)           // ∂E/∂w5 = 0.0821670406
/// try t.updated.weight(5)               // w5′ = 0.3589164797
/// ```
public struct StepTrace: Hashable, Sendable {
    public let network: Network
    public let input: [Double]
    public let target: [Double]
    public let loss: Loss
    public let rate: Double
    /// net_j = Σ_i w_ji·x_i + b_j of every neuron, by layer.
    public let netInputs: [[Double]]
    /// out_j = f(net_j) of every neuron, by layer.
    public let outputs: [[Double]]
    /// Each output's share of the error, e.g. ½(target − out)² for squared error.
    public let errors: [Double]
    /// E, the sum of `errors`.
    public let totalError: Double
    /// δ_j = ∂E/∂net_j of every neuron, by layer.
    public let deltas: [[Double]]
    /// ∂E/∂w by layer, shaped like the layers' weights (∂E/∂w_ji = δ_j · x_i).
    public let weightGradients: [Matrix]
    /// ∂E/∂b_j = δ_j by layer.
    public let biasGradients: [[Double]]
    /// The network after the update.
    public let updated: Network

    /// Runs the step. Throws if the network cannot be trained with `loss` or the sizes differ.
    public init(network: Network, input: [Double], target: [Double], loss: Loss,
                rate: Double) throws(NeuralNetError) {
        guard input.count == network.inputCount else {
            throw .featureCountMismatch(features: input.count, inputs: network.inputCount)
        }
        guard target.count == network.outputCount else {
            throw .targetCountMismatch(targets: target.count, outputs: network.outputCount)
        }
        guard rate > 0 && rate.isFinite else { throw .invalidSetting(name: "rate", value: rate, rule: "a positive number") }
        try network.checkTrainable(with: loss)
        let x = Matrix(rows: 1, columns: input.count, values: input)
        let t = Matrix(rows: 1, columns: target.count, values: target)
        var pass = Backpropagation(network: network, batchSize: 1)
        pass.forward(network, input: x)
        pass.backward(network, input: x, targets: t, loss: loss)
        let last = network.layers.count - 1

        self.network = network
        self.input = input
        self.target = target
        self.loss = loss
        self.rate = rate
        netInputs = pass.netInputs.map(\.values)
        outputs = pass.outputs.map(\.values)
        errors = loss.terms(outputs: pass.outputs[last], netInputs: pass.netInputs[last], targets: t).values
        totalError = errors.reduce(0, +)
        deltas = pass.deltas.map(\.values)
        weightGradients = pass.weightGradients
        biasGradients = pass.biasGradients

        var updated = network
        for l in updated.layers.indices {
            // w′ = w − η·∂E/∂w,  b′ = b − η·∂E/∂b
            updated.layers[l].weights = updated.layers[l].weights - rate * pass.weightGradients[l]
            for j in updated.layers[l].biases.indices {
                updated.layers[l].biases[j] -= rate * pass.biasGradients[l][j]
            }
        }
        self.updated = updated
    }

    /// The network's outputs (the last layer's `outputs`).
    public var output: [Double] { outputs[outputs.count - 1] }

    /// ∂E/∂w`number` in the flat numbering w1…wK.
    public func gradient(ofWeight number: Int) throws(NeuralNetError) -> Double {
        let (l, row, column) = try network.weightLocation(number)
        return weightGradients[l][row, column]
    }
}
