/// How a new network's weights and biases are chosen.
///
/// The random schemes draw each layer's `fanOut × fanIn` matrix row by row, layer after layer,
/// from one `NumpyRandom` generator, as numpy's `randn(fan_out, fan_in)` fills it, and start
/// every bias at zero.
///
/// ```swift
/// var random = NumpyRandom(seed: 3)
/// let net = try Network(sizes: [2, 4, 2], activations: [.tanh, .sigmoid],
///                       initializer: .scaledNormal, generator: &random)
/// ```
public enum Initializer: Hashable, Sendable {
    /// w ~ N(0, 1) / √fan_in.
    case scaledNormal
    /// Glorot/Xavier: w ~ U(−a, a) with a = √(6 / (fan_in + fan_out)).
    case xavierUniform
    /// He: w ~ N(0, 1) · √(2 / fan_in).
    case heNormal
    /// Every weight and bias 0 (every neuron of a layer then learns the same thing).
    case zeros
    /// Given values: `weights[l]` is layer l's `fanOut × fanIn` matrix, `biases[l]` its biases.
    case explicit(weights: [Matrix], biases: [[Double]])

    /// Layer `index` (0-based) of shape `fanOut × fanIn`, drawing from `generator` if random.
    func makeLayer(index: Int, fanIn: Int, fanOut: Int, activation: Activation,
                   generator: inout NumpyRandom) throws(NeuralNetError) -> Layer {
        let zeroBiases = [Double](repeating: 0, count: fanOut)
        var weights = Matrix(rows: fanOut, columns: fanIn)
        switch self {
        case .scaledNormal:
            // divided, not multiplied by 1/√fan_in: the same bits as numpy's randn(…) / np.sqrt(fan_in)
            let root = Double(fanIn).squareRoot()
            for k in weights.values.indices { weights.values[k] = generator.standardNormal() / root }
        case .xavierUniform:
            let limit = (6 / Double(fanIn + fanOut)).squareRoot()
            // u ∈ [0, 1) ↦ limit·(2u − 1) ∈ [−limit, limit)
            for k in weights.values.indices { weights.values[k] = limit * (2 * generator.randomSample() - 1) }
        case .heNormal:
            let scale = (2 / Double(fanIn)).squareRoot()
            for k in weights.values.indices { weights.values[k] = generator.standardNormal() * scale }
        case .zeros:
            break
        case let .explicit(allWeights, allBiases):
            let expected = "\(fanOut) × \(fanIn) (fan_out × fan_in)"
            guard index < allWeights.count else {
                throw .explicitValuesShape(name: "w", layer: index + 1, expected: expected, found: "nothing")
            }
            guard index < allBiases.count else {
                throw .explicitValuesShape(name: "b", layer: index + 1, expected: "\(fanOut) values", found: "nothing")
            }
            let w = allWeights[index], b = allBiases[index]
            guard w.rows == fanOut && w.columns == fanIn else {
                throw .explicitValuesShape(name: "w", layer: index + 1, expected: expected,
                                           found: "\(w.rows) × \(w.columns)")
            }
            guard b.count == fanOut else {
                throw .explicitValuesShape(name: "b", layer: index + 1, expected: "\(fanOut) values",
                                           found: "\(b.count)")
            }
            return Layer(weights: w, biases: b, activation: activation)
        }
        return Layer(weights: weights, biases: zeroBiases, activation: activation)
    }
}
