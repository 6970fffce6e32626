import NeuralNet

// Session values are cached with the block that defined them, so a later block can run without
// rerunning its inputs. Doubles are stored as IEEE 754 bit patterns (see NeuralNet's Coding).

extension SessionValue: Codable {
    private enum CodingKeys: String, CodingKey { case kind, value, weights }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .dataset(let value): try container.encode("dataset", forKey: .kind); try container.encode(value, forKey: .value)
        case .network(let value): try container.encode("network", forKey: .kind); try container.encode(value, forKey: .value)
        case .networkSweep(let value):
            try container.encode("networkSweep", forKey: .kind); try container.encode(value, forKey: .value)
        case .model(let value): try container.encode("model", forKey: .kind); try container.encode(value, forKey: .value)
        case .modelSweep(let value): try container.encode("modelSweep", forKey: .kind); try container.encode(value, forKey: .value)
        case .trace(let value): try container.encode("trace", forKey: .kind); try container.encode(value, forKey: .value)
        case .evaluation(let value): try container.encode("evaluation", forKey: .kind); try container.encode(value, forKey: .value)
        case .number(let value): try container.encode("number", forKey: .kind); try container.encode(value.bitPattern, forKey: .value)
        case .vector(let value):
            try container.encode("vector", forKey: .kind); try container.encode(value.map(\.bitPattern), forKey: .value)
        case .matrix(let value):
            try container.encode("matrix", forKey: .kind)
            try container.encode(value.map { $0.map(\.bitPattern) }, forKey: .value)
        case .history(let value): try container.encode("history", forKey: .kind); try container.encode(value, forKey: .value)
        case .chain(let trace, let weights):
            try container.encode("chain", forKey: .kind); try container.encode(trace, forKey: .value)
            try container.encode(weights, forKey: .weights)
        case .surface(let value): try container.encode("surface", forKey: .kind); try container.encode(value, forKey: .value)
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "dataset": self = .dataset(try container.decode(Dataset.self, forKey: .value))
        case "network": self = .network(try container.decode(LabeledNetwork.self, forKey: .value))
        case "networkSweep": self = .networkSweep(try container.decode([LabeledNetwork].self, forKey: .value))
        case "model": self = .model(try container.decode(TrainedModel.self, forKey: .value))
        case "modelSweep": self = .modelSweep(try container.decode([TrainedModel].self, forKey: .value))
        case "trace": self = .trace(try container.decode(StepTrace.self, forKey: .value))
        case "evaluation": self = .evaluation(try container.decode(Evaluation.self, forKey: .value))
        case "number": self = .number(Double(bitPattern: try container.decode(UInt64.self, forKey: .value)))
        case "vector": self = .vector(try container.decode([UInt64].self, forKey: .value).map(Double.init(bitPattern:)))
        case "matrix":
            self = .matrix(try container.decode([[UInt64]].self, forKey: .value).map { $0.map(Double.init(bitPattern:)) })
        case "history": self = .history(try container.decode([LossRecord].self, forKey: .value))
        case "surface": self = .surface(try container.decode(ErrorSurface.self, forKey: .value))
        case "chain":
            self = .chain(try container.decode(StepTrace.self, forKey: .value), weights: try container.decode([Int].self, forKey: .weights))
        case let kind:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "value kind \(kind)")
        }
    }
}

extension Definition: Codable {
    private enum CodingKeys: String, CodingKey { case name, value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(value, forKey: .value)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try container.decode(String.self, forKey: .name),
                  value: try container.decode(SessionValue.self, forKey: .value))
    }
}

extension LabeledNetwork: Codable {
    private enum CodingKeys: String, CodingKey { case label, network }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encode(network, forKey: .network)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(label: try container.decode(String.self, forKey: .label),
                  network: try container.decode(Network.self, forKey: .network))
    }
}

extension Evaluation: Codable {
    private enum CodingKeys: String, CodingKey { case correct, count, loss, confusion, classNames }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(correct, forKey: .correct)
        try container.encode(count, forKey: .count)
        try container.encode(loss.bitPattern, forKey: .loss)
        try container.encode(confusion, forKey: .confusion)
        try container.encode(classNames, forKey: .classNames)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(correct: try container.decode(Int.self, forKey: .correct),
                  count: try container.decode(Int.self, forKey: .count),
                  loss: Double(bitPattern: try container.decode(UInt64.self, forKey: .loss)),
                  confusion: try container.decode([[Int]].self, forKey: .confusion),
                  classNames: try container.decode([String].self, forKey: .classNames))
    }
}
