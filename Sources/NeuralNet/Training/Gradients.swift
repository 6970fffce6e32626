/// The derivatives of a loss by every weight and bias of a network, for one batch.
///
/// `weights[l]` is shaped like `layers[l].weights` and `biases[l]` like `layers[l].biases`.
///
/// ```swift
/// let g = try net.gradients(inputs: Matrix([[0.05, 0.10]]), targets: Matrix([[0.01, 0.99]]),
///                           loss: .squaredError)
/// g.weights[1][0, 0]   // ∂E/∂w5 of the classic example, 0.0821670406
/// ```
public struct Gradients: Hashable, Sendable {
    public var weights: [Matrix]
    public var biases: [[Double]]
}

extension Network {
    /// ∂E/∂w and ∂E/∂b by back-propagation for a batch of inputs and targets (one sample per row).
    public func gradients(inputs: Matrix, targets: Matrix, loss: Loss) throws(NeuralNetError) -> Gradients {
        try checkTrainable(with: loss)
        guard inputs.columns == inputCount else {
            throw .featureCountMismatch(features: inputs.columns, inputs: inputCount)
        }
        guard targets.columns == outputCount else {
            throw .targetCountMismatch(targets: targets.columns, outputs: outputCount)
        }
        precondition(inputs.rows == targets.rows, "\(inputs.rows) inputs but \(targets.rows) targets")
        var pass = Backpropagation(network: self, batchSize: inputs.rows)
        pass.forward(self, input: inputs)
        pass.backward(self, input: inputs, targets: targets, loss: loss)
        return Gradients(weights: pass.weightGradients, biases: pass.biasGradients)
    }
}
