import NeuralNet
import NotebookLanguage

/// `export model to "train.py"`: a short numpy program that trains the model again as weave did,
/// in the seed article's order: the data and the initial weights (init), then forward, cost,
/// backward and update in a loop of the same iteration count, then predict. It ends by printing
/// the final weights as JSON (Python's shortest round-trip floats), so a script can compare them
/// with weave's `export model to "m.json"`.
///
/// Only full-batch gradient descent on a dataset is written; `reason(model)` says what else a
/// model needs, in words for an error.
///
/// ```swift
/// if let reason = NumpyProgram.reason(model) { throw … } else { let text = NumpyProgram.text(model) }
/// ```
enum NumpyProgram {
    /// Why no program can be written for `model`, or nil when one can.
    static func reason(_ model: TrainedModel) -> String? {
        guard let origin = model.origin else {
            return "'\(model.label)' was trained on one explicit sample; a numpy program is written only for "
                + "a model trained 'on' a dataset"
        }
        if let setting = origin.unsupported {
            return "'\(model.label)' was trained with \(setting); a numpy program is written only for full-batch "
                + "gradient descent (optimizer=gd batch=full l2=0)"
        }
        guard origin.data != nil else {
            return "'\(model.label)' was trained on more than \(TrainingOrigin.maximumSamples) samples, too many to "
                + "write into a program"
        }
        if model.hasDiverged {
            return "'\(model.label)' diverged; a numpy program would only reproduce the divergence"
        }
        for layer in origin.network.layers where layer.activation == .step {
            return "'\(model.label)' has a step layer, which cannot be trained"
        }
        return nil
    }

    /// The program; call only when `reason(model)` is nil.
    static func text(_ model: TrainedModel, fileName: String = "train.py") -> String {
        guard let origin = model.origin, let data = origin.data else { return "" }
        let network = origin.network
        let count = network.layers.count
        let outputs = network.outputCount
        let sizes = network.sizes.map(String.init).joined(separator: "-")
        let activations = network.layers.map { ActivationName($0.activation).rawValue }.joined(separator: ", ")
        // Swift's shortest round-trip spelling always reads back in Python as the same float.
        let number = { (value: Double) in "\(value)" }
        var lines: [String] = []
        func add(_ line: String = "") { lines.append(line) }

        add("# Trains '\(comment(model.label))' again with numpy, as weave trained it: a \(sizes) network")
        add("# (\(activations)), \(lossWords(model.loss)), full-batch gradient descent at rate")
        add("# \(number(model.rate)) for \(model.epochs) iterations. Written by weave; run with: python3 \(comment(fileName))")
        add("import json")
        add()
        add("import numpy as np")
        add()
        add("# The data: \(data.count) samples of \(data.featureCount) features, and their classes 0 to \(data.classCount - 1).")
        add("X = np.array([")
        for i in 0..<data.count { add("    [" + data.features.row(i).map(number).joined(separator: ", ") + "],") }
        add("])")
        add("y = np.array([" + data.labels.map(String.init).joined(separator: ", ") + "])")
        if outputs == 1 {
            add("Y = y.reshape(-1, 1).astype(float)  # one output: the target is the class itself")
        } else {
            add("Y = np.eye(\(outputs))[y]  # one output per class: the target is 1 at its class, else 0")
        }
        add()
        add("# init: the weights before training, one row per neuron and one column per input.")
        for (k, layer) in network.layers.enumerated() {
            let rows = (0..<layer.fanOut).map { j in "[" + layer.weights.row(j).map(number).joined(separator: ", ") + "]" }
            if rows.count == 1 {
                add("W\(k + 1) = np.array([\(rows[0])])")
            } else {
                add("W\(k + 1) = np.array([")
                for row in rows { add("    \(row),") }
                add("])")
            }
            add("b\(k + 1) = np.array([" + layer.biases.map(number).joined(separator: ", ") + "])")
        }
        add()
        add()
        let used = Set(network.layers.map { ActivationName($0.activation) })
        if used.contains(.sigmoid) {
            add("def sigmoid(z):")
            add("    return 1 / (1 + np.exp(-z))")
            add()
            add()
        }
        if used.contains(.softmax) {
            add("def softmax(z):")
            add("    e = np.exp(z - z.max(axis=1, keepdims=True))")
            add("    return e / e.sum(axis=1, keepdims=True)")
            add()
            add()
        }
        add("def forward(X):")
        for (k, layer) in network.layers.enumerated() {
            let input = k == 0 ? "X" : "A\(k)"
            add("    Z\(k + 1) = \(input) @ W\(k + 1).T + b\(k + 1)")
            add("    A\(k + 1) = \(apply(layer.activation, to: "Z\(k + 1)"))")
        }
        let all = (1...count).flatMap { ["Z\($0)", "A\($0)"] }.joined(separator: ", ")
        add("    return \(all)")
        add()
        add()
        let output = "A\(count)"
        add("def cost(\(output), Y):")
        switch model.loss {
        case .squaredError: add("    return 0.5 * np.sum((Y - \(output)) ** 2) / len(Y)")
        case .binaryCrossEntropy: add("    return -np.sum(Y * np.log(\(output)) + (1 - Y) * np.log(1 - \(output))) / len(Y)")
        case .softmaxCrossEntropy: add("    return -np.sum(Y * np.log(\(output))) / len(Y)")
        }
        add()
        add()
        add("def backward(X, Y, \(all)):")
        let last = network.layers[count - 1].activation
        if model.loss == .squaredError {
            add("    dZ\(count) = (\(output) - Y) / len(Y) * \(derivative(last, count))")
        } else {
            add("    dZ\(count) = (\(output) - Y) / len(Y)")
        }
        for k in stride(from: count, through: 1, by: -1) {
            let input = k == 1 ? "X" : "A\(k - 1)"
            add("    dW\(k) = dZ\(k).T @ \(input)")
            add("    db\(k) = dZ\(k).sum(axis=0)")
            if k > 1 {
                let slope = derivative(network.layers[k - 2].activation, k - 1)
                add("    dZ\(k - 1) = dZ\(k) @ W\(k)" + (slope == "1" ? "" : " * \(slope)"))
            }
        }
        add("    return " + (1...count).map { "dW\($0), db\($0)" }.joined(separator: ", "))
        add()
        add()
        let gradients = (1...count).map { "dW\($0), db\($0)" }.joined(separator: ", ")
        add("rate = \(number(model.rate))")
        add("for i in range(\(model.epochs)):")
        add("    \(all) = forward(X)")
        let every = max(1, model.epochs / 10)
        add("    if i % \(every) == 0:")
        add("        print(f\"iteration {i}: cost {cost(\(output), Y):.10g}\")")
        add("    \(gradients) = backward(X, Y, \(all))")
        for k in 1...count {
            add("    W\(k) -= rate * dW\(k)")
            add("    b\(k) -= rate * db\(k)")
        }
        add()
        add("\(all) = forward(X)")
        add("print(f\"after \(model.epochs) iterations: cost {cost(\(output), Y):.10g}\")")
        if outputs == 1 {
            add("predicted = (\(output)[:, 0] >= 0.5).astype(int)  # predict: class 1 when the output is at least 0.5")
        } else {
            add("predicted = np.argmax(\(output), axis=1)  # predict: the class of the largest output")
        }
        add("print(f\"accuracy on the training data: {np.mean(predicted == y):.10g}\")")
        let layers = (1...count).map { "{\"weights\": W\($0).tolist(), \"biases\": b\($0).tolist()}" }
        add("print(json.dumps({\"layers\": [" + layers.joined(separator: ", ") + "]}))")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func lossWords(_ loss: NeuralNet.Loss) -> String {
        switch loss {
        case .squaredError: "squared-error loss"
        case .binaryCrossEntropy: "cross-entropy loss"
        case .softmaxCrossEntropy: "softmax cross-entropy loss"
        }
    }

    /// A label on one comment line: no line breaks.
    private static func comment(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
    }

    private static func apply(_ activation: NeuralNet.Activation, to z: String) -> String {
        switch activation {
        case .identity, .step: z
        case .sigmoid: "sigmoid(\(z))"
        case .tanh: "np.tanh(\(z))"
        case .relu: "np.maximum(\(z), 0)"
        case .leakyReLU(let a): "np.where(\(z) > 0, \(z), \("\(a)") * \(z))"
        case .softmax: "softmax(\(z))"
        }
    }

    /// The activation's derivative at layer k, from its output A_k (or net input Z_k).
    private static func derivative(_ activation: NeuralNet.Activation, _ k: Int) -> String {
        switch activation {
        case .identity, .step, .softmax: "1"
        case .sigmoid: "A\(k) * (1 - A\(k))"
        case .tanh: "(1 - A\(k) * A\(k))"
        case .relu: "(Z\(k) > 0)"
        case .leakyReLU(let a): "np.where(Z\(k) > 0, 1, \("\(a)"))"
        }
    }
}
