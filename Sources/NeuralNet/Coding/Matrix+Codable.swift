// Doubles are stored as their IEEE 754 bit patterns, never as decimal text, so a decoded value is
// the same bits as the encoded one (NaN payloads, −0 and subnormals included): a cached result
// and a freshly computed one render identically.

extension Matrix: Codable {
    private enum CodingKeys: String, CodingKey { case rows, columns, bits }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rows, forKey: .rows)
        try container.encode(columns, forKey: .columns)
        try container.encode(values.map(\.bitPattern), forKey: .bits)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let rows = try container.decode(Int.self, forKey: .rows)
        let columns = try container.decode(Int.self, forKey: .columns)
        let bits = try container.decode([UInt64].self, forKey: .bits)
        guard rows >= 0, columns >= 0, rows.multipliedReportingOverflow(by: columns) == (bits.count, false) else {
            throw DecodingError.dataCorruptedError(
                forKey: .bits, in: container, debugDescription: "\(bits.count) values for \(rows) × \(columns)")
        }
        self.init(rows: rows, columns: columns, values: bits.map(Double.init(bitPattern:)))
    }
}

extension LossRecord: Codable {
    private enum CodingKeys: String, CodingKey { case epoch, loss }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(epoch, forKey: .epoch)
        try container.encode(loss.bitPattern, forKey: .loss)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(epoch: try container.decode(Int.self, forKey: .epoch),
                  loss: Double(bitPattern: try container.decode(UInt64.self, forKey: .loss)))
    }
}

extension Divergence.Cause: Codable {
    private enum CodingKeys: String, CodingKey { case kind, loss }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .loss(let value):
            try container.encode("loss", forKey: .kind)
            try container.encode(value.bitPattern, forKey: .loss)
        case .weights:
            try container.encode("weights", forKey: .kind)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "loss": self = .loss(Double(bitPattern: try container.decode(UInt64.self, forKey: .loss)))
        case "weights": self = .weights
        case let kind:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "cause \(kind)")
        }
    }
}
