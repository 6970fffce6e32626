import Foundation
@testable import Notebook
import NotebookLanguage
import Testing

/// docs/nn-language.md is the reference for notebook authors: as one notebook, its examples must
/// check without a single diagnostic, and every command must have an example.
@Suite struct LanguageReferenceTests {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/nn-language.md").path

    /// The ```nn blocks, each located at its first content line.
    static func blocks(of markdown: String) -> [BlockSource] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var blocks: [BlockSource] = []
        var current: [BlockSource.Line]?
        for (index, line) in lines.enumerated() {
            if current == nil, line.hasPrefix("```nn") {
                current = []
            } else if current != nil, line.hasPrefix("```") {
                blocks.append(BlockSource(lines: current!))
                current = nil
            } else if current != nil {
                current!.append(.init(text: String(line),
                                      start: SourceLocation(file: "nn-language.md", line: index + 1, column: 1)))
            }
        }
        return blocks
    }

    @Test func everyExampleChecksWithoutDiagnostics() throws {
        let markdown = try String(contentsOfFile: Self.path, encoding: .utf8)
        let blocks = Self.blocks(of: markdown)
        #expect(blocks.count >= 20)
        let (checked, diagnostics) = Checker.check(blocks)
        let text = DiagnosticFormatter(sources: ["nn-language.md": markdown]).format(diagnostics)
        #expect(text == "")
        let commands = Set(checked.flatMap(\.statements).map { name(of: $0.command) })
        #expect(commands == ["moons", "circles", "playground", "blobs", "points", "csv", "split", "network", "train",
                             "train on a sample",
                             "evaluate", "predict", "table", "print", "trace", "expect", "plot data",
                             "plot boundary", "plot loss", "plot activations", "plot hidden", "plot network", "surface",
                             "plot surface", "export"])
    }

    func name(of command: Command) -> String {
        switch command {
        case .moons: "moons"
        case .circles: "circles"
        case .playground: "playground"
        case .blobs: "blobs"
        case .points: "points"
        case .csv: "csv"
        case .split: "split"
        case .network: "network"
        case .train: "train"
        case .trainOnSample: "train on a sample"
        case .evaluate: "evaluate"
        case .predict: "predict"
        case .table: "table"
        case .print: "print"
        case .trace: "trace"
        case .expect: "expect"
        case .export: "export"
        case .surface: "surface"
        case .plot(let spec):
            switch spec.kind {
            case .data: "plot data"
            case .boundary: "plot boundary"
            case .loss: "plot loss"
            case .activations: "plot activations"
            case .hidden: "plot hidden"
            case .network: "plot network"
            case .surface: "plot surface"
            }
        }
    }
}
