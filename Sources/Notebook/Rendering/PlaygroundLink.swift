import NeuralNet
import NotebookLanguage
import SVGPlot

/// The address that opens TensorFlow Playground with a trained model's setup: its dataset and
/// noise, the hidden layers' sizes and activation, and the learning rate
/// (`plot boundary … playground=true`). Playground draws its own 500 points and its own weights,
/// so it retrains the same kind of network on the same kind of data, not these exact ones.
///
/// ```swift
/// PlaygroundLink.url(network: net, rate: 0.03, data: PlaygroundSpec(kind: .xor, count: 200, noise: 0.1, seed: 0))
/// // "https://playground.tensorflow.org/#activation=tanh&…&dataset=xor&…&networkShape=4,2&…"
/// ```
enum PlaygroundLink {
    /// Playground's word for a hidden activation; nil for one it does not have.
    static func activation(_ activation: NeuralNet.Activation) -> String? {
        switch activation {
        case .tanh: "tanh"
        case .relu: "relu"
        case .sigmoid: "sigmoid"
        case .identity: "linear"
        default: nil
        }
    }

    /// The address, or nil when Playground cannot build the network (the checker refuses those).
    static func url(network: Network, rate: Double, data: PlaygroundSpec) -> String? {
        let hidden = Array(network.sizes.dropFirst().dropLast())
        let hiddenActivation: String? = hidden.isEmpty ? "linear" : Self.activation(network.layers[0].activation)
        guard let activation = hiddenActivation, network.inputCount == 2, hidden.count <= 6, hidden.allSatisfy({ $0 <= 8 }) else {
            return nil
        }
        // Playground's noise is its slider's percentage, 0 to 50.
        let fields: [(String, String)] = [
            ("activation", activation), ("batchSize", "10"), ("dataset", data.kind.rawValue),
            ("regDataset", "reg-plane"), ("learningRate", NumberFormat.written(rate)), ("regularizationRate", "0"),
            ("noise", NumberFormat.written((data.noise * 100).rounded())),
            ("networkShape", hidden.map(String.init).joined(separator: ",")),
            ("seed", "0.5"), ("showTestData", "false"), ("discretize", "false"), ("percTrainData", "50"),
            ("x", "true"), ("y", "true"), ("xTimesY", "false"), ("xSquared", "false"), ("ySquared", "false"),
            ("cosX", "false"), ("sinX", "false"), ("cosY", "false"), ("sinY", "false"),
            ("collectStats", "false"), ("problem", "classification"), ("initZero", "false"), ("hideText", "false"),
        ]
        return "https://playground.tensorflow.org/#" + fields.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
    }
}
