/// The chain rule behind one weight's gradient in a ``StepTrace``, factor by factor.
///
/// For weight w from input i into neuron j:
///
///     ∂E/∂w = ∂E/∂out_j · ∂out_j/∂net_j · ∂net_j/∂w
///
/// - ∂E/∂out_j: for an output neuron the loss's slope at its output (squared error: out − t;
///   cross-entropy: (out − t) / (out(1 − out))); for a hidden neuron the sum over the paths back
///   from every neuron k it feeds, δ_k · w_kj (`paths`, one term per k).
/// - ∂out_j/∂net_j = f′(net_j), the activation's slope.
/// - ∂net_j/∂w = x_i, the input the weight multiplies.
///
/// ```swift
/// let w5 = try trace.chainFactors(ofWeight: 5)
/// w5.errorSlope    // ∂E/∂out_o1 = 0.7887314002
/// w5.product       // 0.08186670504
/// ```
public struct ChainFactors: Hashable, Sendable {
    /// The weight's number in the flat numbering w1…wK.
    public var weight: Int
    /// Where the weight lives: index into `Network.layers`, neuron (row) and input (column).
    public var layer: Int
    public var neuron: Int
    public var input: Int
    /// δ_k · w_kj for each neuron k of the next layer (empty for an output neuron).
    public var paths: [Double]
    /// ∂E/∂out_j: the loss's slope for an output neuron, the sum of `paths` for a hidden one.
    public var errorSlope: Double
    /// ∂out_j/∂net_j = f′(net_j).
    public var activationSlope: Double
    /// ∂net_j/∂w = x_i.
    public var inputValue: Double

    /// ∂E/∂w, the three factors multiplied left to right.
    public var product: Double { errorSlope * activationSlope * inputValue }
}

extension StepTrace {
    /// The factors of ∂E/∂w`number`. Throws for a weight that does not exist, and for a softmax
    /// output layer, whose outputs each depend on every net input (no single slope ∂out/∂net).
    public func chainFactors(ofWeight number: Int) throws(NeuralNetError) -> ChainFactors {
        let (l, j, i) = try network.weightLocation(number)
        let layers = network.layers
        let last = layers.count - 1
        guard layers[last].activation.isElementwise else {
            throw .noActivationSlope(output: layers[last].activation)
        }
        let net = netInputs[l][j], out = outputs[l][j]
        var paths: [Double] = []
        let errorSlope: Double
        if l == last {
            let o = out, t = target[j]
            switch loss {
            case .squaredError: errorSlope = o - t                                  // ∂/∂o ½(t − o)² = o − t
            case .binaryCrossEntropy: errorSlope = (o - t) / (o * (1 - o))          // ∂/∂o −(t log o + (1−t) log(1−o))
            case .softmaxCrossEntropy: errorSlope = -t / o                          // ∂/∂o −t log o (not reached: softmax refused above)
            }
        } else {
            // ∂E/∂out_j = Σ_k ∂E/∂net_k · ∂net_k/∂out_j = Σ_k δ_k · w_kj
            let next = layers[l + 1]
            paths = (0..<next.fanOut).map { k in deltas[l + 1][k] * next.weights[k, j] }
            errorSlope = paths.reduce(0, +)
        }
        let x = l == 0 ? input[i] : outputs[l - 1][i]
        return ChainFactors(weight: number, layer: l, neuron: j, input: i, paths: paths, errorSlope: errorSlope,
                            activationSlope: layers[l].activation.derivative(at: net, output: out), inputValue: x)
    }
}
