// The typed arguments of the statements that look at results. Grouped in one file because each
// is a few plain fields.

/// `e = evaluate model on data`: accuracy, loss and confusion matrix.
///
/// ```swift
/// EvaluateSpec(model: "model", dataset: "test")
/// ```
public struct EvaluateSpec: Hashable, Sendable {
    public var model: String
    public var dataset: String
    /// For `evaluate models[3] on data`: the member of a model sweep, from 1.
    public var member: Int?
    public init(model: String, dataset: String, member: Int? = nil) {
        (self.model, self.dataset, self.member) = (model, dataset, member)
    }
}

/// `predict model on data`: one row per sample with inputs, outputs, predicted class and label.
public struct PredictSpec: Hashable, Sendable {
    public var model: String
    public var dataset: String
    /// For `predict models[3] on data`: the member of a model sweep, from 1.
    public var member: Int?
    public init(model: String, dataset: String, member: Int? = nil) {
        (self.model, self.dataset, self.member) = (model, dataset, member)
    }
}

/// `table models on data` or `table a b c on data`: one row per model (every model of a sweep):
/// label, final loss, accuracy.
public struct TableSpec: Hashable, Sendable {
    /// Models and model sweeps, in the order written.
    public var models: [String]
    public var dataset: String
    public init(models: [String], dataset: String) { (self.models, self.dataset) = (models, dataset) }
    public init(models: String, dataset: String) { self.init(models: [models], dataset: dataset) }
}

/// `print t.output`: any value, as a number or a table.
public struct PrintSpec: Hashable, Sendable {
    public var value: Reference
    public init(value: Reference) { self.value = value }
}

/// `t = trace net input=[0.05,0.1] target=[0.01,0.99] loss=squared rate=0.5`: one forward pass,
/// the error, the backward pass and the update, as hand-calculation tables. Default loss: squared.
public struct TraceSpec: Hashable, Sendable {
    public var network: String
    /// One value per network input.
    public var input: [Double]
    /// One value per network output.
    public var target: [Double]
    public var loss: LossName
    public var rate: Double
    /// `steps=true`: the tables as steps the reader advances through, one at a time.
    public var steps: Bool
    public init(network: String, input: [Double], target: [Double], loss: LossName, rate: Double, steps: Bool = false) {
        (self.network, self.input, self.target, self.loss, self.rate) = (network, input, target, loss, rate)
        self.steps = steps
    }
}

/// `expect t.output[1] = 0.7987314002 tol=1e-9`: fails the build unless the comparison holds.
/// `tolerance` applies to `=` only (default 1e-9; 0 for the other comparators).
public struct ExpectSpec: Hashable, Sendable {
    public var value: Reference
    public var comparator: Comparator
    public var expected: Double
    public var tolerance: Double
    public init(value: Reference, comparator: Comparator, expected: Double, tolerance: Double) {
        (self.value, self.comparator, self.expected, self.tolerance) = (value, comparator, expected, tolerance)
    }
}

/// `export model to "weights.json"`: writes a file next to the page and links it.
public struct ExportSpec: Hashable, Sendable {
    public enum Format: String, Hashable, Sendable {
        case csv, json, py
    }
    /// A dataset, a model (as JSON, or as a numpy program that trains it again), or a model's `history`.
    public var value: Reference
    /// Relative to the page, inside its folder.
    public var path: String
    public var format: Format
    public init(value: Reference, path: String, format: Format) {
        (self.value, self.path, self.format) = (value, path, format)
    }
}
