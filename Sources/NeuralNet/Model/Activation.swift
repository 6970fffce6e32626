/// A layer's activation function f, applied to each neuron's net input z to give its output o = f(z).
///
/// Each case keeps its value and its derivative side by side (see `value(_:)` and
/// `derivative(at:output:)`), so the formulas of a tutorial can be found here one by one.
/// `step` can be evaluated but not trained through: its derivative is zero almost everywhere.
/// `softmax` acts on a whole row of net inputs and belongs on the output layer only, paired
/// with `Loss.softmaxCrossEntropy`, which handles its Jacobian.
///
/// ```swift
/// Activation.sigmoid.value(0)                      // 0.5
/// Activation.tanh.derivative(at: 0, output: 0)     // 1
/// Activation.leakyReLU(slope: 0.01).value(-2)      // -0.02
/// ```
public enum Activation: Hashable, Sendable {
    case identity
    case step
    case sigmoid
    case tanh
    case relu
    case leakyReLU(slope: Double)
    case softmax

    /// The name in NeuralNet's messages and in its coding (`Network+Codable.swift`): `identity`,
    /// `step`, `sigmoid`, `tanh`, `relu`, `leakyrelu`, `softmax`. The notebook's words are the
    /// notebook language's (`ActivationName`); these must stay as they are for cached networks.
    var name: String {
        switch self {
        case .identity: "identity"
        case .step: "step"
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .relu: "relu"
        case .leakyReLU: "leakyrelu"
        case .softmax: "softmax"
        }
    }

    /// Whether a gradient can flow back through this activation.
    public var isTrainable: Bool { self != .step }

    /// Whether the activation acts on each net input alone (every case but `softmax`).
    public var isElementwise: Bool { self != .softmax }

    // MARK: - Value and derivative, side by side

    /// f(z) for an elementwise activation. For `softmax`, use `apply(to:into:)` on whole rows.
    public func value(_ z: Double) -> Double {
        switch self {
        case .identity: z                                 // f(z) = z
        case .step: z >= 0 ? 1 : 0                        // f(z) = 1 if z ≥ 0, else 0
        case .sigmoid: Elementary.sigmoid(z)              // σ(z) = 1 / (1 + e^−z)
        case .tanh: Elementary.tanh(z)                    // tanh(z) = (e^z − e^−z) / (e^z + e^−z)
        case .relu: z > 0 ? z : 0                         // relu(z) = max(0, z)
        case .leakyReLU(let a): z > 0 ? z : a * z         // f(z) = z if z > 0, else a·z
        case .softmax: preconditionFailure("softmax acts on a whole row; use apply(to:into:)")
        }
    }

    /// f′(z), given the net input z and the output o = f(z) (sigmoid and tanh are cheapest from o).
    ///
    /// At the kink of relu and leaky relu (z = 0) the left derivative is used.
    /// For `softmax` the Jacobian is not diagonal; `Loss.softmaxCrossEntropy` folds it in.
    public func derivative(at z: Double, output o: Double) -> Double {
        switch self {
        case .identity: 1                                 // d/dz z = 1
        case .step: 0                                     // d/dz step(z) = 0 for z ≠ 0 (undefined at 0)
        case .sigmoid: o * (1 - o)                        // d/dz σ(z) = σ(z)·(1 − σ(z))
        case .tanh: 1 - o * o                             // d/dz tanh(z) = 1 − tanh²(z)
        case .relu: z > 0 ? 1 : 0                         // d/dz max(0, z) = 1 if z > 0, else 0
        case .leakyReLU(let a): z > 0 ? 1 : a             // d/dz = 1 if z > 0, else a
        case .softmax: preconditionFailure("softmax's Jacobian is handled by softmax cross-entropy")
        }
    }

    // MARK: - On whole batches

    /// Writes f(Z) into `output` (same shape as `netInput`; rows are samples).
    ///
    /// Softmax works row by row: o_k = e^(z_k − max z) / Σ_j e^(z_j − max z); subtracting the
    /// row's largest net input leaves the value unchanged and keeps e^… from overflowing.
    public func apply(to netInput: Matrix, into output: inout Matrix) {
        precondition(netInput.rows == output.rows && netInput.columns == output.columns, "shape mismatch")
        let (m, n) = (netInput.rows, netInput.columns)
        netInput.values.withUnsafeBufferPointer { z in
            output.values.withUnsafeMutableBufferPointer { o in
                switch self {
                // the batch forms give each element the scalar function's exact bits, faster
                case .sigmoid: Elementary.sigmoid(z, into: o); return
                case .tanh: Elementary.tanh(z, into: o); return
                // a loop per case, so that `value`'s switch is decided outside it and the loop vectorizes
                case .relu: for k in 0..<(m * n) { o[k] = Activation.relu.value(z[k]) }; return
                case .leakyReLU(let a):
                    let f = Activation.leakyReLU(slope: a)
                    for k in 0..<(m * n) { o[k] = f.value(z[k]) }
                    return
                case .softmax: break
                default:
                    for k in 0..<(m * n) { o[k] = value(z[k]) }
                    return
                }
                for i in 0..<m {
                    var largest = -Double.infinity
                    for j in 0..<n { largest = Swift.max(largest, z[i * n + j]) }
                    var sum = 0.0
                    for j in 0..<n {
                        o[i * n + j] = Elementary.exp(z[i * n + j] - largest)
                        sum += o[i * n + j]
                    }
                    for j in 0..<n { o[i * n + j] /= sum }
                }
            }
        }
    }

    /// Multiplies each entry of `delta` by f′(z) (the chain rule through this layer).
    public func multiplyDerivative(netInput: Matrix, output: Matrix, into delta: inout Matrix) {
        precondition(isElementwise, "softmax's Jacobian is handled by softmax cross-entropy")
        precondition(delta.values.count == netInput.values.count && delta.values.count == output.values.count,
                     "shape mismatch")
        netInput.values.withUnsafeBufferPointer { z in
            output.values.withUnsafeBufferPointer { o in
                delta.values.withUnsafeMutableBufferPointer { d in
                    // a loop per common case, so that `derivative`'s switch is decided outside it
                    // and the loop vectorizes
                    @inline(__always) func multiply(by f: Activation) {
                        for k in 0..<d.count { d[k] *= f.derivative(at: z[k], output: o[k]) }
                    }
                    switch self {
                    case .identity: return
                    case .sigmoid: multiply(by: .sigmoid)
                    case .tanh: multiply(by: .tanh)
                    case .relu: multiply(by: .relu)
                    default: multiply(by: self)
                    }
                }
            }
        }
    }
}
