// Decoding checks what the initializers would trap on, so a damaged cache entry is an error to
// recover from, never a crash.

extension Network: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(layers)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let layers = try container.decode([Layer].self)
        guard !layers.isEmpty, zip(layers, layers.dropFirst()).allSatisfy({ $0.fanOut == $1.fanIn }) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "layers do not fit together")
        }
        self.init(layers: layers)
    }
}

extension Layer: Codable {
    private enum CodingKeys: String, CodingKey { case weights, biases, activation }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(weights, forKey: .weights)
        try container.encode(biases.map(\.bitPattern), forKey: .biases)
        try container.encode(activation, forKey: .activation)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let weights = try container.decode(Matrix.self, forKey: .weights)
        let biases = try container.decode([UInt64].self, forKey: .biases).map(Double.init(bitPattern:))
        guard biases.count == weights.rows else {
            throw DecodingError.dataCorruptedError(forKey: .biases, in: container, debugDescription: "bias count")
        }
        self.init(weights: weights, biases: biases, activation: try container.decode(Activation.self, forKey: .activation))
    }
}

extension Activation: Codable {
    private enum CodingKeys: String, CodingKey { case name, slope }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        if case .leakyReLU(let slope) = self { try container.encode(slope.bitPattern, forKey: .slope) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .name)
        let plain: [Activation] = [.identity, .step, .sigmoid, .tanh, .relu, .softmax]
        if let activation = plain.first(where: { $0.name == name }) {
            self = activation
        } else if name == Activation.leakyReLU(slope: 0).name {
            self = .leakyReLU(slope: Double(bitPattern: try container.decode(UInt64.self, forKey: .slope)))
        } else {
            throw DecodingError.dataCorruptedError(forKey: .name, in: container, debugDescription: "activation \(name)")
        }
    }
}

extension Loss: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        let all: [Loss] = [.squaredError, .binaryCrossEntropy, .softmaxCrossEntropy]
        guard let loss = all.first(where: { $0.name == name }) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "loss \(name)")
        }
        self = loss
    }
}
