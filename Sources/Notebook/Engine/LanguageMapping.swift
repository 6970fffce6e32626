import NeuralNet
import NotebookLanguage

// The notebook language's words as NeuralNet's types, and back: the words themselves are the
// language's (Choice.swift), so every word a page, a table or an export shows comes from there.

extension ActivationName {
    /// The word for NeuralNet's activation (leaky ReLU's slope is not part of the word).
    init(_ activation: NeuralNet.Activation) {
        self = switch activation {
        case .identity: .identity
        case .step: .step
        case .sigmoid: .sigmoid
        case .tanh: .tanh
        case .relu: .relu
        case .leakyReLU: .leakyReLU
        case .softmax: .softmax
        }
    }


    /// NeuralNet's activation; `leak` is leaky ReLU's slope below zero.
    func neuralNet(leak: Double) -> NeuralNet.Activation {
        switch self {
        case .identity: .identity
        case .step: .step
        case .sigmoid: .sigmoid
        case .tanh: .tanh
        case .relu: .relu
        case .leakyReLU: .leakyReLU(slope: leak)
        case .softmax: .softmax
        }
    }
}

extension LossName {
    /// The word for NeuralNet's loss.
    init(_ loss: NeuralNet.Loss) {
        self = switch loss {
        case .squaredError: .squared
        case .binaryCrossEntropy: .crossEntropy
        case .softmaxCrossEntropy: .softmax
        }
    }

    var neuralNet: NeuralNet.Loss {
        switch self {
        case .squared: .squaredError
        case .crossEntropy: .binaryCrossEntropy
        case .softmax: .softmaxCrossEntropy
        }
    }
}

extension InitializerName {
    var neuralNet: NeuralNet.Initializer {
        switch self {
        case .normal: .scaledNormal
        case .xavier: .xavierUniform
        case .he: .heNormal
        case .zeros: .zeros
        }
    }
}

extension TrainSpec {
    var neuralNetOptimizer: NeuralNet.Optimizer {
        switch optimizer {
        case .gradientDescent: .gradientDescent
        case .momentum: .momentum(momentum)
        case .adam: .adam(beta1: beta1, beta2: beta2, epsilon: 1e-8)
        }
    }

    /// The configuration of one training (of a sweep's member: `members[k].configuration`).
    var configuration: TrainingConfiguration {
        let batchSize: Int? = if case .size(let size) = batch { size } else { nil }
        return TrainingConfiguration(epochs: epochs, rate: rate, loss: loss.neuralNet, optimizer: neuralNetOptimizer,
                                     batchSize: batchSize, record: record, seed: UInt32(seed), l2: l2,
                                     snapshots: snapshots)
    }
}
