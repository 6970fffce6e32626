/// A mistake a notebook author can make with a network, a dataset or a training setup.
///
/// Each case carries what went wrong and prints as one lowercase phrase that states the rule
/// (`description`); the notebook layer adds the source location. Layers are numbered from 1,
/// the first layer after the inputs, as in notebooks.
///
/// ```swift
/// NeuralNetError.featureCountMismatch(features: 3, inputs: 2).description
/// // "the dataset has 3 features but the network takes 2 inputs"
/// ```
public enum NeuralNetError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Training through an activation whose derivative carries no gradient (`step`).
    case untrainableActivation(layer: Int, activation: Activation)
    /// Softmax on a layer that is not the output layer.
    case softmaxNotOnOutput(layer: Int)
    /// A loss paired with an output activation it cannot train.
    case lossNeedsOutput(loss: Loss, output: Activation)
    /// A dataset (or input) whose width differs from the network's inputs.
    case featureCountMismatch(features: Int, inputs: Int)
    /// A target whose width differs from the network's outputs.
    case targetCountMismatch(targets: Int, outputs: Int)
    /// More classes than the network's outputs can tell apart.
    case classCountMismatch(classes: Int, outputs: Int)
    /// A layer-size list with fewer than two entries or a size below 1.
    case invalidShape([Int])
    /// A number of activations that does not match the number of layers.
    case activationCountMismatch(activations: Int, layers: Int)
    /// Explicit weights or biases of the wrong shape; `layer` is numbered from 1.
    case explicitValuesShape(name: String, layer: Int, expected: String, found: String)
    /// A training setting out of range, e.g. a rate that is not positive.
    case invalidSetting(name: String, value: Double, rule: String)
    /// A weight number outside w1…wK.
    case weightNumberOutOfRange(number: Int, count: Int)
    /// Chain-rule factors asked of a softmax output layer, whose outputs each depend on every net input.
    case noActivationSlope(output: Activation)

    public var description: String {
        switch self {
        case let .untrainableActivation(layer, activation):
            "cannot train through '\(activation.name)' in layer \(layer): its derivative is zero almost "
                + "everywhere, so no gradient flows back; use sigmoid, tanh or relu to train"
        case let .softmaxNotOnOutput(layer):
            "softmax can only be the output layer's activation, not layer \(layer)'s"
        case let .lossNeedsOutput(loss, output):
            switch loss {
            case .softmaxCrossEntropy:
                "loss 'softmax' needs a softmax output layer, not '\(output.name)'"
            case .binaryCrossEntropy:
                "loss 'crossentropy' needs a sigmoid output layer, not '\(output.name)'"
                    + (output == .softmax ? "; use loss=softmax with softmax outputs" : "")
            case .squaredError:
                "loss 'squared' cannot train a '\(output.name)' output layer; use loss=softmax with softmax outputs"
            }
        case let .featureCountMismatch(features, inputs):
            "the dataset has \(features) feature\(features == 1 ? "" : "s") but the network takes "
                + "\(inputs) input\(inputs == 1 ? "" : "s")"
        case let .targetCountMismatch(targets, outputs):
            "the target has \(targets) value\(targets == 1 ? "" : "s") but the network has "
                + "\(outputs) output\(outputs == 1 ? "" : "s")"
        case let .classCountMismatch(classes, outputs):
            "the dataset has \(classes) classes but the network's \(outputs) output\(outputs == 1 ? "" : "s") "
                + (outputs == 1 ? "can tell only 2 apart" : "can tell only \(outputs) apart")
        case let .invalidShape(sizes):
            "a network needs at least an input and an output size, each at least 1; got "
                + sizes.map(String.init).joined(separator: "-")
        case let .activationCountMismatch(activations, layers):
            "\(activations) activation\(activations == 1 ? "" : "s") given for \(layers) layer\(layers == 1 ? "" : "s")"
        case let .explicitValuesShape(name, layer, expected, found):
            "\(name)\(layer) must be \(expected), got \(found)"
        case let .invalidSetting(name, value, rule):
            "\(name) must be \(rule), got \(NeuralNetError.trimmed(value))"
        case let .weightNumberOutOfRange(number, count):
            "there is no weight w\(number); this network has w1…w\(count)"
        case let .noActivationSlope(output):
            "each '\(output.name)' output depends on every net input, so ∂out/∂net is not one number; "
                + "the chain rule's factors need an element-wise output activation such as sigmoid"
        }
    }

    /// `3` rather than `3.0`, `0.5` as `0.5`: whole numbers print without a fraction.
    private static func trimmed(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
