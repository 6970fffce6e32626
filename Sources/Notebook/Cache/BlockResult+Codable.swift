import Foundation
import NotebookLanguage

// A block's whole result is cached: what its page shows and the names it defines.

extension BlockResult: Codable {
    private enum CodingKeys: String, CodingKey { case items, diagnostics, definitions, failedNames }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(diagnostics, forKey: .diagnostics)
        try container.encode(definitions, forKey: .definitions)
        try container.encode(failedNames, forKey: .failedNames)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(items: try container.decode([OutputItem].self, forKey: .items),
                  diagnostics: try container.decode([Diagnostic].self, forKey: .diagnostics),
                  definitions: try container.decode([Definition].self, forKey: .definitions),
                  failedNames: try container.decode([String].self, forKey: .failedNames))
    }
}

extension OutputItem: Codable {
    private enum CodingKeys: String, CodingKey { case kind, value, name, text, fileName, data }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .table(let table): try container.encode("table", forKey: .kind); try container.encode(table, forKey: .value)
        case .figure(let figure): try container.encode("figure", forKey: .kind); try container.encode(figure, forKey: .value)
        case .value(let name, let text):
            try container.encode("value", forKey: .kind)
            try container.encode(name, forKey: .name)
            try container.encode(text, forKey: .text)
        case .note(let note): try container.encode("note", forKey: .kind); try container.encode(note, forKey: .value)
        case .expectation(let result):
            try container.encode("expectation", forKey: .kind); try container.encode(result, forKey: .value)
        case .export(let fileName, let data):
            try container.encode("export", forKey: .kind)
            try container.encode(fileName, forKey: .fileName)
            try container.encode(data.base64EncodedString(), forKey: .data)
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "table": self = .table(try container.decode(DataTable.self, forKey: .value))
        case "figure": self = .figure(try container.decode(RenderedFigure.self, forKey: .value))
        case "value":
            self = .value(name: try container.decode(String.self, forKey: .name),
                          text: try container.decode(String.self, forKey: .text))
        case "note": self = .note(try container.decode(Diagnostic.self, forKey: .value))
        case "expectation": self = .expectation(try container.decode(ExpectationResult.self, forKey: .value))
        case "export":
            guard let data = Data(base64Encoded: try container.decode(String.self, forKey: .data)) else {
                throw DecodingError.dataCorruptedError(forKey: .data, in: container, debugDescription: "not base64")
            }
            self = .export(fileName: try container.decode(String.self, forKey: .fileName), data: data)
        case let kind:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "item kind \(kind)")
        }
    }
}

extension RenderedFigure: Codable {
    private enum CodingKeys: String, CodingKey { case key, title, description, svg, isKey, stop, links }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(title, forKey: .title)
        try container.encode(description, forKey: .description)
        try container.encode(svg, forKey: .svg)
        if isKey { try container.encode(isKey, forKey: .isKey) }
        try container.encodeIfPresent(stop, forKey: .stop)
        if !links.isEmpty { try container.encode(links, forKey: .links) }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(key: try container.decode(String.self, forKey: .key),
                  title: try container.decode(String.self, forKey: .title),
                  description: try container.decode(String.self, forKey: .description),
                  svg: try container.decode(String.self, forKey: .svg),
                  isKey: try container.decodeIfPresent(Bool.self, forKey: .isKey) ?? false,
                  stop: try container.decodeIfPresent(ScrubStop.self, forKey: .stop))
        links = try container.decodeIfPresent([FigureLink].self, forKey: .links) ?? []
    }
}

extension ExpectationResult: Codable {
    private enum CodingKeys: String, CodingKey { case statement, actual, hasPassed }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(statement, forKey: .statement)
        try container.encode(actual.bitPattern, forKey: .actual)
        try container.encode(hasPassed, forKey: .hasPassed)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(statement: try container.decode(String.self, forKey: .statement),
                  actual: Double(bitPattern: try container.decode(UInt64.self, forKey: .actual)),
                  hasPassed: try container.decode(Bool.self, forKey: .hasPassed))
    }
}
