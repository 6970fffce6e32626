import NeuralNet

extension SessionValue {
    /// About how many numbers storing the value writes: what makes a cache entry large. A
    /// dataset of a million points is three million numbers, tens of megabytes of entry that
    /// take longer to encode than to make the dataset again.
    var storedNumbers: Int {
        func weights(_ network: Network) -> Int {
            network.layers.reduce(0) { $0 + $1.weights.values.count + $1.biases.count }
        }
        func model(_ model: TrainedModel) -> Int {
            weights(model.network) + 2 * model.history.count
                + (model.origin.map { weights($0.network) + ($0.data.map { $0.count * ($0.featureCount + 1) } ?? 0) } ?? 0)
        }
        switch self {
        case .dataset(let data): return data.count * (data.featureCount + 1)
        case .network(let network): return weights(network.network)
        case .networkSweep(let networks): return networks.reduce(0) { $0 + weights($1.network) }
        case .model(let trained): return model(trained)
        case .modelSweep(let models): return models.reduce(0) { $0 + model($1) }
        case .evaluation(let evaluation): return evaluation.confusion.count * evaluation.confusion.count
        case .vector(let values): return values.count
        case .matrix(let rows): return rows.reduce(0) { $0 + $1.count }
        case .history(let records): return 2 * records.count
        case .trace, .number, .chain: return 1
        case .surface(let surface): return surface.values.count + surface.paths.reduce(0) { $0 + 2 * $1.count }
        }
    }
}
