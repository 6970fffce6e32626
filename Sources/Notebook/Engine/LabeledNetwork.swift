import NeuralNet

/// A network and its label within a sweep (`h = 4`), or the name of a single network.
///
/// ```swift
/// if case .networkSweep(let nets) = session["nets"] { nets.map(\.label) }   // ["h = 1", "h = 2", "h = 4"]
/// ```
struct LabeledNetwork: Hashable, Sendable {
    var label: String
    var network: Network

    init(label: String, network: Network) {
        self.label = label
        self.network = network
    }
}
