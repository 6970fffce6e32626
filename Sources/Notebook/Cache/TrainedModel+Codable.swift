import NeuralNet

extension TrainedModel: Codable {
    private enum CodingKeys: String, CodingKey {
        case label, network, history, finalLoss, epochsCompleted, stopEpoch, stopCause, loss, rate, epochs, record, snapshots, start, data, unsupported
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encode(network, forKey: .network)
        try container.encode(history, forKey: .history)
        try container.encode(finalLoss.bitPattern, forKey: .finalLoss)
        try container.encode(epochsCompleted, forKey: .epochsCompleted)
        try container.encodeIfPresent(divergence?.epoch, forKey: .stopEpoch)
        try container.encodeIfPresent(divergence?.cause, forKey: .stopCause)
        try container.encode(loss, forKey: .loss)
        try container.encode(rate.bitPattern, forKey: .rate)
        try container.encode(epochs, forKey: .epochs)
        try container.encode(record, forKey: .record)
        if !snapshots.isEmpty { try container.encode(snapshots, forKey: .snapshots) }
        if let origin {
            try container.encode(origin.network, forKey: .start)
            try container.encodeIfPresent(origin.data, forKey: .data)
            try container.encodeIfPresent(origin.unsupported, forKey: .unsupported)
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var stop: Stop?
        if let epoch = try container.decodeIfPresent(Int.self, forKey: .stopEpoch) {
            stop = Stop(epoch: epoch, cause: try container.decode(Divergence.Cause.self, forKey: .stopCause))
        }
        self.init(
            label: try container.decode(String.self, forKey: .label),
            network: try container.decode(Network.self, forKey: .network),
            history: try container.decode([LossRecord].self, forKey: .history),
            finalLoss: Double(bitPattern: try container.decode(UInt64.self, forKey: .finalLoss)),
            epochsCompleted: try container.decode(Int.self, forKey: .epochsCompleted),
            divergence: stop,
            loss: try container.decode(NeuralNet.Loss.self, forKey: .loss),
            rate: Double(bitPattern: try container.decode(UInt64.self, forKey: .rate)),
            epochs: try container.decode(Int.self, forKey: .epochs),
            record: try container.decode(Int.self, forKey: .record))
        snapshots = try container.decodeIfPresent([NetworkSnapshot].self, forKey: .snapshots) ?? []
        if let start = try container.decodeIfPresent(Network.self, forKey: .start) {
            origin = TrainingOrigin(network: start, keptData: try container.decodeIfPresent(Dataset.self, forKey: .data),
                                    unsupported: try container.decodeIfPresent(String.self, forKey: .unsupported))
        }
    }
}

extension NetworkSnapshot: Codable {
    private enum CodingKeys: String, CodingKey { case epoch, network }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(epoch, forKey: .epoch)
        try container.encode(network, forKey: .network)   // weights as IEEE bit patterns
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(epoch: try container.decode(Int.self, forKey: .epoch),
                  network: try container.decode(Network.self, forKey: .network))
    }
}
