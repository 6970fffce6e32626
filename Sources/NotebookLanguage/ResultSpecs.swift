// The typed arguments of the statements that look at results. Grouped in one file because each
// is a few plain fields.

/// `e = evaluate model on data`: accuracy, loss and confusion matrix.
///
/// ```swift
/// EvaluateSpec(model: "model", dataset: "test")
/// EvaluateSpec(model: Subject("models", member: 3), dataset: "data")
/// ```
public struct EvaluateSpec: Hashable, Sendable {
    /// A model, or one member of a model sweep.
    public var model: Subject
    public var dataset: String
    public init(model: Subject, dataset: String) {
        (self.model, self.dataset) = (model, dataset)
    }
}

/// `predict model on data`: one row per sample with inputs, outputs, predicted class and label.
public struct PredictSpec: Hashable, Sendable {
    /// A model, or one member of a model sweep.
    public var model: Subject
    public var dataset: String
    public init(model: Subject, dataset: String) {
        (self.model, self.dataset) = (model, dataset)
    }
}

/// `table models on data`: one row per model (every model of a sweep): label, final loss,
/// accuracy. Each model or sweep written is evaluated on a dataset of its own: the one named
/// by `on` for all, one per model (`on [a, b]`), or without `on` the data it was trained on.
public struct TableSpec: Hashable, Sendable {
    /// A model, a sweep or a member, and the dataset it is evaluated on.
    public struct Entry: Hashable, Sendable {
        public var model: Subject
        public var dataset: String
        public init(model: Subject, dataset: String) { (self.model, self.dataset) = (model, dataset) }
    }

    /// In the order written.
    public var entries: [Entry]
    /// `on data`: the one dataset of every entry, named in the caption; nil when each has its own.
    public var sharedDataset: String?

    public init(entries: [Entry], sharedDataset: String?) {
        (self.entries, self.sharedDataset) = (entries, sharedDataset)
    }

    /// `table a b on data`.
    public init(models: [Subject], dataset: String) {
        self.init(entries: models.map { Entry(model: $0, dataset: dataset) }, sharedDataset: dataset)
    }

    public init(models: Subject, dataset: String) { self.init(models: [models], dataset: dataset) }
}

/// `print t.output`: any value, as a number or a table.
public struct PrintSpec: Hashable, Sendable {
    public var value: Reference
    public init(value: Reference) { self.value = value }
}

/// `t = trace net input=[0.05,0.1] target=[0.01,0.99] loss=squared rate=0.5`: one forward pass,
/// the error, the backward pass and the update, as hand-calculation tables. Default loss: squared.
public struct TraceSpec: Hashable, Sendable {
    /// A network, or a trained model (its trained weights), or one member of a sweep of either.
    public var network: Subject
    /// One value per network input.
    public var input: [Double]
    /// One value per network output.
    public var target: [Double]
    public var loss: LossName
    public var rate: Double
    /// `steps=true`: the tables as steps the reader advances through, one at a time.
    public var steps: Bool
    public init(network: Subject, input: [Double], target: [Double], loss: LossName, rate: Double, steps: Bool = false) {
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
