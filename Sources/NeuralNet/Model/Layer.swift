/// One fully connected layer: weights (one row per neuron), biases and an activation.
///
/// Neuron j of the layer computes net input z_j = Σ_i w_ji · x_i + b_j and output o_j = f(z_j).
/// `weights` is `fanOut × fanIn`: row j holds the weights into neuron j.
///
/// ```swift
/// let layer = Layer(weights: Matrix([[0.15, 0.20], [0.25, 0.30]]), biases: [0.35, 0.35],
///                   activation: .sigmoid)
/// layer.forward(Matrix([[0.05, 0.10]])).output   // [[0.5932699921, 0.5968843783]]
/// ```
public struct Layer: Hashable, Sendable {
    /// fanOut × fanIn: entry (j, i) is the weight from input i to neuron j.
    public var weights: Matrix
    /// One bias per neuron.
    public var biases: [Double]
    public var activation: Activation

    public init(weights: Matrix, biases: [Double], activation: Activation) {
        precondition(biases.count == weights.rows, "\(biases.count) biases for \(weights.rows) neurons")
        self.weights = weights
        self.biases = biases
        self.activation = activation
    }

    /// The number of inputs each neuron takes.
    public var fanIn: Int { weights.columns }
    /// The number of neurons.
    public var fanOut: Int { weights.rows }

    /// Net inputs Z = X · Wᵀ + b and outputs f(Z) for a batch X (one sample per row).
    public func forward(_ input: Matrix) -> (netInput: Matrix, output: Matrix) {
        var netInput = Matrix(rows: input.rows, columns: fanOut)
        var output = netInput
        forward(input, netInput: &netInput, output: &output)
        return (netInput, output)
    }

    /// The same, into preallocated `input.rows × fanOut` matrices.
    func forward(_ input: Matrix, netInput: inout Matrix, output: inout Matrix) {
        // z = W·x + b for every sample x, i.e. Z = X · Wᵀ + b
        Matrix.multiply(input, transposing: weights, into: &netInput)
        netInput.addRowVector(biases)
        // o = f(z)
        activation.apply(to: netInput, into: &output)
    }

    /// Whether every weight and bias is a finite number.
    var isFinite: Bool {
        weights.values.allSatisfy(\.isFinite) && biases.allSatisfy(\.isFinite)
    }
}
