/// A closed set of words the language accepts for one key: activations, losses, optimizers, …
///
/// The checker reads any `Choice` the same way and suggests the nearest spelling on a typo.
/// These are the notebook's words, in one place: Notebook maps them to NeuralNet's values and
/// back (`LanguageMapping.swift`), and shows NeuralNet's values by these words.
///
/// ```swift
/// ActivationName(rawValue: "tanh")  // .tanh
/// ActivationName.noun               // "activation"
/// ```
public protocol Choice: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    /// What one of these is called in messages: `unknown activation 'tahn'`.
    static var noun: String { get }
}

extension Choice {
    static var spellings: [String] { allCases.map(\.rawValue) }
}

/// A neuron's activation function.
public enum ActivationName: String, Choice {
    case identity, step, sigmoid, tanh, relu
    case leakyReLU = "leakyrelu"
    /// Output layer only: normalises the layer's outputs into probabilities.
    case softmax
    public static let noun = "activation"

    /// Whether gradients flow through it (step's derivative is zero almost everywhere).
    public var isTrainable: Bool { self != .step }
}

/// What training minimises.
public enum LossName: String, Choice {
    /// E = Σ ½(t − o)²
    case squared
    /// Binary cross-entropy per output: −Σ t log o + (1 − t) log(1 − o)
    case crossEntropy = "crossentropy"
    /// Categorical cross-entropy over a softmax output: −Σ t log o
    case softmax
    public static let noun = "loss"
}

/// How weights move along the gradient; `gd` with `batch=1` is stochastic gradient descent.
public enum OptimizerName: String, Choice {
    case gradientDescent = "gd"
    case momentum, adam
    public static let noun = "optimizer"
}

/// How a network's weights start when none are given.
public enum InitializerName: String, Choice {
    /// Standard normal / √fan_in, zero biases.
    case normal
    /// Uniform in ±√(6 / (fan_in + fan_out)).
    case xavier
    /// Normal with standard deviation √(2 / fan_in).
    case he
    case zeros
    public static let noun = "initializer"
}

/// The TensorFlow Playground's datasets.
public enum PlaygroundKind: String, Choice {
    case circle, xor, gauss, spiral
    public static let noun = "playground dataset"
}
