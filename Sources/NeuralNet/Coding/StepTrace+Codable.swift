extension StepTrace: Codable {
    private enum CodingKeys: String, CodingKey { case network, input, target, loss, rate }

    // A trace is stored as what it was computed from and recomputed when read: the step is one
    // forward and backward pass, deterministic, so the bits come out the same.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(network, forKey: .network)
        try container.encode(input.map(\.bitPattern), forKey: .input)
        try container.encode(target.map(\.bitPattern), forKey: .target)
        try container.encode(loss, forKey: .loss)
        try container.encode(rate.bitPattern, forKey: .rate)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            network: try container.decode(Network.self, forKey: .network),
            input: try container.decode([UInt64].self, forKey: .input).map(Double.init(bitPattern:)),
            target: try container.decode([UInt64].self, forKey: .target).map(Double.init(bitPattern:)),
            loss: try container.decode(Loss.self, forKey: .loss),
            rate: Double(bitPattern: try container.decode(UInt64.self, forKey: .rate)))
    }
}
