extension DataTable: Codable {
    private enum CodingKeys: String, CodingKey { case caption, columns, rows, step }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(caption, forKey: .caption)
        try container.encode(columns, forKey: .columns)
        try container.encode(rows, forKey: .rows)
        try container.encodeIfPresent(step, forKey: .step)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(caption: try container.decode(String.self, forKey: .caption),
                  columns: try container.decode([String].self, forKey: .columns),
                  rows: try container.decode([[Cell]].self, forKey: .rows))
        step = try container.decodeIfPresent(String.self, forKey: .step)
    }
}

extension DataTable.Cell: Codable {
    private enum CodingKeys: String, CodingKey { case text, value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(value?.bitPattern, forKey: .value)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(text: try container.decode(String.self, forKey: .text),
                  value: try container.decodeIfPresent(UInt64.self, forKey: .value).map(Double.init(bitPattern:)))
    }
}
