// Warnings (a diverged training) are part of a cached block's result.

extension Diagnostic: Codable {
    private enum CodingKeys: String, CodingKey { case severity, location, message, hint, length }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity.rawValue, forKey: .severity)
        try container.encode(location, forKey: .location)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(hint, forKey: .hint)
        try container.encode(length, forKey: .length)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .severity)
        guard let severity = Severity(rawValue: name) else {
            throw DecodingError.dataCorruptedError(forKey: .severity, in: container, debugDescription: "severity \(name)")
        }
        self.init(severity, at: try container.decode(SourceLocation.self, forKey: .location),
                  try container.decode(String.self, forKey: .message),
                  hint: try container.decodeIfPresent(String.self, forKey: .hint),
                  length: try container.decode(Int.self, forKey: .length))
    }
}

extension SourceLocation: Codable {
    private enum CodingKeys: String, CodingKey { case file, line, column }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try container.decode(String.self, forKey: .file),
                  line: try container.decode(Int.self, forKey: .line),
                  column: try container.decode(Int.self, forKey: .column))
    }
}
