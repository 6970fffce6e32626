/// What a name stands for; the checker tracks it for every name across a notebook's blocks.
///
/// ```swift
/// NameKind.networkSweep.description  // "a network sweep"
/// ```
public enum NameKind: String, Hashable, Sendable, CustomStringConvertible {
    case dataset
    case network
    /// Several networks from a layer shape with a list: `2-[1,2,4]-2`.
    case networkSweep = "network sweep"
    case model
    /// Several trained models: from a network sweep or a list of rates.
    case modelSweep = "model sweep"
    case trace
    case evaluation

    /// The kind with its article, as messages read: "a dataset", "an evaluation".
    public var description: String {
        (rawValue.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + rawValue
    }

    /// The fields `name.field` may start with, by kind (sweeps are indexed first: `models[2].loss`).
    var fields: [String] {
        switch self {
        case .dataset: return ["count", "features", "classes"]
        case .network, .networkSweep, .modelSweep: return []
        case .model: return ["loss", "history"]
        case .trace: return ["net", "out", "output", "error", "delta", "grad", "new"]
        case .evaluation: return ["accuracy", "loss", "confusion"]
        }
    }

    /// What one element of a sweep is.
    var element: NameKind? {
        switch self {
        case .networkSweep: return .network
        case .modelSweep: return .model
        default: return nil
        }
    }
}

/// What the checker knows about a defined name: its kind, where it was defined, and the sizes
/// that can be checked before anything runs.
struct Symbol: Sendable {
    var kind: NameKind
    var location: SourceLocation
    /// Inputs per sample; nil when only known at run time (a CSV file).
    var featureCount: Int?
    var classCount: Int?
    /// The network of a network, a network sweep, a model or a model sweep.
    var network: NetworkSpec?
    /// How many elements a sweep has.
    var sweepCount: Int?

    init(_ kind: NameKind, at location: SourceLocation, featureCount: Int? = nil, classCount: Int? = nil,
         network: NetworkSpec? = nil, sweepCount: Int? = nil) {
        self.kind = kind
        self.location = location
        self.featureCount = featureCount
        self.classCount = classCount
        self.network = network
        self.sweepCount = sweepCount
    }
}
