/// How a gradient g = ∂E/∂w changes the weights, step after step.
///
/// With learning rate η (and, with L2 strength λ, g + λ·w in place of g for weights, not biases):
/// - `gradientDescent`: w ← w − η·g. On the full batch this is gradient descent; with a
///   `batchSize` it is mini-batch stochastic gradient descent.
/// - `momentum(μ)`: v ← μ·v − η·g, w ← w + v.
/// - `adam(beta1:beta2:epsilon:)`: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², then
///   w ← w − η·m̂ / (√v̂ + ε) with m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ) after t steps.
///
/// ```swift
/// let optimizer = Optimizer.adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
/// ```
public enum Optimizer: Hashable, Sendable {
    case gradientDescent
    case momentum(Double)
    case adam(beta1: Double, beta2: Double, epsilon: Double)
}

/// An optimizer's memory between steps (velocities, moment estimates), allocated once.
struct OptimizerState {
    let optimizer: Optimizer
    private var firstWeights: [[Double]]
    private var firstBiases: [[Double]]
    private var secondWeights: [[Double]]
    private var secondBiases: [[Double]]
    // β₁ᵗ and β₂ᵗ, kept as running products
    private var beta1Power = 1.0
    private var beta2Power = 1.0

    init(optimizer: Optimizer, network: Network) {
        self.optimizer = optimizer
        let needsFirst = optimizer != .gradientDescent
        let needsSecond = if case .adam = optimizer { true } else { false }
        func zeros(_ counts: [Int], _ needed: Bool) -> [[Double]] {
            counts.map { [Double](repeating: 0, count: needed ? $0 : 0) }
        }
        let weightCounts = network.layers.map(\.weights.values.count)
        let biasCounts = network.layers.map(\.fanOut)
        firstWeights = zeros(weightCounts, needsFirst)
        firstBiases = zeros(biasCounts, needsFirst)
        secondWeights = zeros(weightCounts, needsSecond)
        secondBiases = zeros(biasCounts, needsSecond)
    }

    /// Applies one step with the gradients in `pass`.
    mutating func step(_ network: inout Network, gradients pass: Backpropagation, rate: Double, l2: Double) {
        if case let .adam(beta1, beta2, _) = optimizer {
            beta1Power *= beta1
            beta2Power *= beta2
        }
        for l in network.layers.indices {
            OptimizerState.update(&network.layers[l].weights.values, gradient: pass.weightGradients[l].values,
                                  first: &firstWeights[l], second: &secondWeights[l], l2: l2,
                                  optimizer: optimizer, rate: rate, powers: (beta1Power, beta2Power))
            OptimizerState.update(&network.layers[l].biases, gradient: pass.biasGradients[l],
                                  first: &firstBiases[l], second: &secondBiases[l], l2: 0,
                                  optimizer: optimizer, rate: rate, powers: (beta1Power, beta2Power))
        }
    }

    private static func update(_ parameters: inout [Double], gradient: [Double], first: inout [Double],
                               second: inout [Double], l2: Double, optimizer: Optimizer, rate: Double,
                               powers: (Double, Double)) {
        parameters.withUnsafeMutableBufferPointer { w in
            gradient.withUnsafeBufferPointer { g in
                first.withUnsafeMutableBufferPointer { m in
                    second.withUnsafeMutableBufferPointer { v in
                        switch optimizer {
                        case .gradientDescent:
                            // w ← w − η·(g + λw)
                            for k in 0..<w.count { w[k] -= rate * (g[k] + l2 * w[k]) }
                        case let .momentum(mu):
                            // v ← μ·v − η·(g + λw), w ← w + v
                            for k in 0..<w.count {
                                m[k] = mu * m[k] - rate * (g[k] + l2 * w[k])
                                w[k] += m[k]
                            }
                        case let .adam(beta1, beta2, epsilon):
                            let (correction1, correction2) = (1 - powers.0, 1 - powers.1)
                            for k in 0..<w.count {
                                let gk = g[k] + l2 * w[k]
                                // m ← β₁m + (1 − β₁)g,  v ← β₂v + (1 − β₂)g²
                                m[k] = beta1 * m[k] + (1 - beta1) * gk
                                v[k] = beta2 * v[k] + (1 - beta2) * gk * gk
                                // w ← w − η·m̂ / (√v̂ + ε)
                                let mHat = m[k] / correction1, vHat = v[k] / correction2
                                w[k] -= rate * mHat / (vHat.squareRoot() + epsilon)
                            }
                        }
                    }
                }
            }
        }
    }
}
