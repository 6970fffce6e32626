import NeuralNet

/// What a name of a notebook stands for at run time, or what a reference into it gives.
///
/// Names hold datasets, networks, models, traces and evaluations; references such as
/// `t.output`, `models[2].loss` or `model.history` give numbers, vectors, matrices or histories.
///
/// ```swift
/// if case .model(let model) = session["model"] { model.result.finalLoss }
/// ```
enum SessionValue: Equatable, Sendable {
    case dataset(Dataset)
    case network(LabeledNetwork)
    case networkSweep([LabeledNetwork])
    case model(TrainedModel)
    /// Several models in order: a sweep, labelled `h = 4` or `rate = 0.1`.
    case modelSweep([TrainedModel])
    case trace(StepTrace)
    case evaluation(Evaluation)
    case number(Double)
    case vector([Double])
    /// Rows of numbers (`t.net`, a weight matrix, a confusion matrix).
    case matrix([[Double]])
    /// A model's recorded losses.
    case history([LossRecord])
    /// The chain rule's factors of some of a trace's weights (`t.chain`, `t.chain.w5`).
    case chain(StepTrace, weights: [Int])
    /// The loss over two weights with descent paths (`surface`).
    case surface(ErrorSurface)

    /// How the value is called in messages: "a model", "a number".
    var kindDescription: String {
        switch self {
        case .dataset: "a dataset"
        case .network: "a network"
        case .networkSweep: "a network sweep"
        case .model: "a model"
        case .modelSweep: "a model sweep"
        case .trace: "a trace"
        case .evaluation: "an evaluation"
        case .number: "a number"
        case .vector: "a list of numbers"
        case .matrix: "a matrix"
        case .history: "a loss history"
        case .chain: "the chain rule's factors"
        case .surface: "a surface"
        }
    }
}
