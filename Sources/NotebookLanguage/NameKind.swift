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
    /// The loss over two weights with descent paths (`surface`).
    case surface

    /// The kind with its article, as messages read: "a dataset", "an evaluation".
    public var description: String {
        (rawValue.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + rawValue
    }

    /// The fields `name.field` may start with, by kind (sweeps are indexed first: `models[2].loss`).
    var fields: [String] {
        switch self {
        case .dataset: return ["count", "features", "classes"]
        case .networkSweep, .modelSweep: return []
        case .network: return ["parameters"]
        case .model: return ["loss", "history", "snapshots", "parameters"]
        case .trace: return ["net", "out", "output", "error", "delta", "grad", "new", "chain"]
        case .evaluation: return ["accuracy", "correct", "count", "loss", "confusion"]
        case .surface: return ["minima", "ends"]
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
