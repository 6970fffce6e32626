extension Dataset: Codable {
    private enum CodingKeys: String, CodingKey { case features, labels, classCount, featureNames, classNames }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(features, forKey: .features)
        try container.encode(labels, forKey: .labels)
        try container.encode(classCount, forKey: .classCount)
        try container.encode(featureNames, forKey: .featureNames)
        try container.encode(classNames, forKey: .classNames)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let features = try container.decode(Matrix.self, forKey: .features)
        let labels = try container.decode([Int].self, forKey: .labels)
        let classCount = try container.decode(Int.self, forKey: .classCount)
        let featureNames = try container.decode([String].self, forKey: .featureNames)
        let classNames = try container.decode([String].self, forKey: .classNames)
        // The initializer's preconditions, as decoding errors.
        guard features.rows == labels.count, labels.allSatisfy({ (0..<classCount).contains($0) }),
              featureNames.count == features.columns, classNames.count == classCount else {
            throw DecodingError.dataCorruptedError(forKey: .labels, in: container, debugDescription: "inconsistent dataset")
        }
        self.init(features: features, labels: labels, classCount: classCount,
                  featureNames: featureNames, classNames: classNames)
    }
}
