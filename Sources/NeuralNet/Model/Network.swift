/// A fully connected feed-forward network of any depth, each layer with its own activation.
///
/// Batches are matrices with one sample per row. `layers[0]` is the first layer after the
/// inputs (the first hidden layer, or the output layer of a network without hidden layers);
/// notebooks number the same layers from 1.
///
/// ```swift
/// var random = NumpyRandom(seed: 0)
/// let net = try Network(sizes: [2, 4, 3, 1], activations: [.tanh, .relu, .sigmoid],
///                       initializer: .xavierUniform, generator: &random)
/// net.forward(Matrix([[0.5, -1]]))   // 1 × 1
/// net.weight(1)                      // layer 1, neuron 1, input 1
/// ```
public struct Network: Hashable, Sendable {
    public var layers: [Layer]

    /// A network of the given layers; each layer's fan-in must be the previous layer's fan-out.
    public init(layers: [Layer]) {
        precondition(!layers.isEmpty, "a network needs at least one layer")
        for l in 1..<layers.count {
            precondition(layers[l].fanIn == layers[l - 1].fanOut,
                         "layer \(l + 1) takes \(layers[l].fanIn) inputs but layer \(l) has \(layers[l - 1].fanOut) neurons")
        }
        self.layers = layers
    }

    /// A new network with layer sizes `sizes` (inputs first, e.g. `[2, 4, 3, 1]`), one activation
    /// per layer after the inputs, and weights from `initializer` drawn from `generator`.
    public init(sizes: [Int], activations: [Activation], initializer: Initializer,
                generator: inout NumpyRandom) throws(NeuralNetError) {
        guard sizes.count >= 2, sizes.allSatisfy({ $0 >= 1 }) else { throw .invalidShape(sizes) }
        guard activations.count == sizes.count - 1 else {
            throw .activationCountMismatch(activations: activations.count, layers: sizes.count - 1)
        }
        if case let .explicit(weights, biases) = initializer {
            let layerCount = sizes.count - 1
            if weights.count > layerCount {
                throw .explicitValuesShape(name: "w", layer: layerCount + 1, expected: "absent (the network has \(layerCount) layers)", found: "a matrix")
            }
            if biases.count > layerCount {
                throw .explicitValuesShape(name: "b", layer: layerCount + 1, expected: "absent (the network has \(layerCount) layers)", found: "values")
            }
        }
        var layers: [Layer] = []
        for l in 0..<(sizes.count - 1) {
            layers.append(try initializer.makeLayer(index: l, fanIn: sizes[l], fanOut: sizes[l + 1],
                                                    activation: activations[l], generator: &generator))
        }
        self.init(layers: layers)
    }

    /// The same, with a fresh generator seeded with `seed`.
    public init(sizes: [Int], activations: [Activation], initializer: Initializer,
                seed: UInt32 = 0) throws(NeuralNetError) {
        var generator = NumpyRandom(seed: seed)
        try self.init(sizes: sizes, activations: activations, initializer: initializer, generator: &generator)
    }

    /// The layer sizes, inputs first: `[2, 4, 3, 1]`.
    public var sizes: [Int] { [layers[0].fanIn] + layers.map(\.fanOut) }
    public var inputCount: Int { layers[0].fanIn }
    public var outputCount: Int { layers[layers.count - 1].fanOut }

    // MARK: - Forward

    /// The outputs of the last layer for a batch (one sample per row).
    public func forward(_ batch: Matrix) -> Matrix {
        activations(ofLayer: layers.count - 1, for: batch)
    }

    /// The outputs of `layers[index]` for a batch: the data as that layer sees it.
    ///
    /// `activations(ofLayer: 0, for: x)` is the first hidden layer's view of `x`.
    public func activations(ofLayer index: Int, for batch: Matrix) -> Matrix {
        precondition(index >= 0 && index < layers.count, "no layer \(index)")
        precondition(batch.columns == inputCount, "\(batch.columns) features for \(inputCount) inputs")
        var x = batch
        for l in 0...index { x = layers[l].forward(x).output }
        return x
    }

    /// Whether every weight and bias is a finite number.
    public var isFinite: Bool { layers.allSatisfy(\.isFinite) }

    // MARK: - Checks before training

    /// Throws unless back-propagation with `loss` can train every layer: no `step`, softmax only
    /// on the output layer, and an output activation that suits the loss.
    public func checkTrainable(with loss: Loss) throws(NeuralNetError) {
        for (l, layer) in layers.enumerated() {
            if !layer.activation.isTrainable {
                throw .untrainableActivation(layer: l + 1, activation: layer.activation)
            }
            if layer.activation == .softmax && l != layers.count - 1 { throw .softmaxNotOnOutput(layer: l + 1) }
        }
        try loss.checkCompatible(withOutput: layers[layers.count - 1].activation)
    }

    /// Throws unless the dataset's features and classes fit this network's inputs and outputs.
    public func checkFits(_ data: Dataset) throws(NeuralNetError) {
        guard data.featureCount == inputCount else {
            throw .featureCountMismatch(features: data.featureCount, inputs: inputCount)
        }
        let distinguishable = outputCount == 1 ? 2 : outputCount
        guard data.classCount <= distinguishable else {
            throw .classCountMismatch(classes: data.classCount, outputs: outputCount)
        }
    }
}
