import Foundation
import NotebookLanguage
import Testing
@testable import Notebook

/// Forward passes, memory, recorded history and the number of datasets, each counted before
/// anything runs.
@Suite struct WorkEstimateLimitsTests {
    func check(_ text: String, limit: Int = BuildLimits.defaultWork,
               memory: Int = BuildLimits.defaultMemory) -> [Diagnostic] {
        let checked = Checker.check([BlockSource(text: text, file: "nb.md", firstLine: 4)])
        #expect(checked.diagnostics.diagnostics.isEmpty)
        return WorkEstimate(limit: limit, folder: URL(fileURLWithPath: "/nonexistent"), memoryLimit: memory)
            .check(checked.blocks)
    }

    /// A small model trained on 10 samples (10 × 13 × 1 = 130 units), then used on 1000.
    static let trained = """
        small = moons n=10 seed=1
        data = moons n=1000 seed=1
        net = network 2-3-1 seed=3
        m = train net on small epochs=1 rate=0.1
        """

    @Test(arguments: [
        ("e = evaluate m on data", 13_000, "'e' asks for 13000 units of work (1000 samples × 13 parameters, one forward pass)"),
        ("table m on data", 13_000, "this table asks for 13000 units of work (1000 samples × 13 parameters, one forward pass)"),
        ("predict m on data", 260, "this prediction table asks for 260 units of work (20 samples × 13 parameters, one forward pass)"),
    ] as [(String, Int, String)])
    func forwardPassesAreWork(statement: String, units: Int, message: String) {
        let text = Self.trained + "\n" + statement
        #expect(check(text, limit: 130 + units).isEmpty)
        #expect(check(text, limit: 130 + units - 1).map(\.message)
            == [message + ", bringing the notebook to \(130 + units), over the limit of \(130 + units - 1) per notebook"])
    }

    @Test func aHiddenLayerPlotAndABoundaryPlotCountTheirPasses() {
        let hidden = Self.trained.replacingOccurrences(of: "2-3-1", with: "2-3-3-1") + "\nplot hidden m on data layer=2"
        // 2-3-3-1: 9 + 12 + 4 = 25 parameters; training 10 × 25.
        #expect(check(hidden, limit: 250 + 25_000).isEmpty)
        #expect(!check(hidden, limit: 250 + 25_000 - 1).isEmpty)
        let boundary = Self.trained + "\nplot boundary m on data"
        #expect(check(boundary, limit: 130 + (7081 + 1000) * 13).isEmpty)
        #expect(check(boundary, limit: 130 + (7081 + 1000) * 13 - 1).map(\.message) == [
            "this plot asks for 105053 units of work (1 panel × (7081 grid points + 1000 samples) × 13 parameters), "
                + "bringing the notebook to 105183, over the limit of 105182 per notebook",
        ])
    }

    /// The red team's case: a wide network evaluated on a million samples.
    @Test func aWideNetworkOnAMillionSamplesIsRefused() {
        let text = """
            small = moons n=10 seed=1
            data = moons n=1000000 seed=1
            net = network 2-20000-2 seed=3
            m = train net on small epochs=1 rate=0.1
            e = evaluate m on data
            """
        #expect(check(text).map(\.message) == [
            "'e' asks for 100002000000 units of work (1000000 samples × 100002 parameters, one forward pass), "
                + "bringing the notebook to 100003000020, over the limit of 30000000000 per notebook",
        ])
    }

    @Test func fullBatchTrainingMustFitInMemory() {
        let text = """
            data = moons n=100000 seed=1
            net = network 2-2000-2 seed=3
            m = train net on data epochs=1 rate=0.1
            """
        let refused = check(text)
        #expect(refused.map(\.message) == [
            "'m' needs about 4810 MB of memory (batches of 100000 samples × 2004 units), bringing the notebook to about 4813 MB, over the limit of 1000 MB per notebook",
        ])
        #expect(refused.first?.location == SourceLocation(file: "nb.md", line: 6, column: 1))
        #expect(refused.first?.hint == "use fewer samples, a smaller batch=, or fewer and narrower layers")
        // Mini-batches of 1000 keep a hundredth of the activations.
        #expect(check(text.replacingOccurrences(of: "rate=0.1", with: "rate=0.1 batch=1000")).isEmpty)
    }

    @Test func recordedHistoryIsBounded() {
        let text = """
            data = moons n=10 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=10000000 rate=0.1 record=1
            """
        let refused = check(text)
        #expect(refused.map(\.message) == [
            "'m' records the loss 10000000 times (every 1 of 10000000 epochs), over the limit of 10000 per training",
        ])
        #expect(refused.first?.hint == "record less often: record=1000 or more")
        #expect(check(text.replacingOccurrences(of: "record=1", with: "record=1000")).isEmpty)
        #expect(check(text.replacingOccurrences(of: " record=1", with: "")).isEmpty)   // every 50000: 200 records
    }

    @Test func theNumberOfDatasetsIsBounded() {
        let datasets = (1...BuildLimits.maxDatasets).map { "d\($0) = moons n=4 seed=\($0)" }
        #expect(check(datasets.joined(separator: "\n")).isEmpty)
        let refused = check((datasets + ["extra = circles n=4"]).joined(separator: "\n"))
        #expect(refused.map(\.message) == ["this notebook defines more than 1000 datasets"])
        #expect(refused.first?.location.line == 4 + BuildLimits.maxDatasets)
    }

    @Test func theNumberOfStatementsIsBounded() {
        let statements = ["n = network 2-3-1"] + Array(repeating: "print n", count: BuildLimits.maxStatements - 1)
        #expect(check(statements.joined(separator: "\n")).isEmpty)
        let refused = check((statements + ["print n"]).joined(separator: "\n"))
        #expect(refused.map(\.message) == ["this notebook has more than 20000 nn statements"])
        #expect(refused.first?.location.line == 4 + BuildLimits.maxStatements)
    }

    @Test func theNumberOfPlotsIsBounded() {
        let plots = Array(repeating: "plot data d", count: BuildLimits.maxPlots)
        #expect(check((["d = moons n=10"] + plots).joined(separator: "\n")).isEmpty)
        let refused = check((["d = moons n=10"] + plots + ["plot data d"]).joined(separator: "\n"))
        #expect(refused.map(\.message) == ["this notebook draws more than 500 plots"])
        #expect(refused.first?.location.line == 5 + BuildLimits.maxPlots)
    }

    @Test func aTraceTabulatesAtMostFiveThousandWeights() {
        let text = """
            net = network 2-70-70-2 seed=3
            t = trace net input=[0.1, 0.2] target=[0, 1] rate=0.5
            """
        // 2·70 + 70 + 70·70 + 70 + 70·2 + 2 = 5322 weights and biases.
        let refused = check(text)
        #expect(refused.map(\.message) == [
            "'t' would tabulate 5322 weights and biases, over the limit of 5000 for a trace",
        ])
        #expect(refused.first?.location == SourceLocation(file: "nb.md", line: 5, column: 1))
        #expect(check(text.replacingOccurrences(of: "2-70-70-2", with: "2-60-60-2")).isEmpty)
    }

    @Test func everyCommittedNotebookFitsTheMemoryAndOutputLimits() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TutorialWorkTests.notebooks.path)
            .filter { $0.hasSuffix(".md") }
        #expect(!names.isEmpty)
        for name in names {
            let url = TutorialWorkTests.notebooks.appendingPathComponent(name)
            let data = try Data(contentsOf: url)
            #expect(data.count * 100 < BuildLimits.maxNotebookBytes, "\(name)")
            let document = try MarkdownDocument(fileName: name, bytes: data)
            let blocks = document.blocks.map(\.blockSource)
            let checked = Checker.check(blocks)
            let tight = WorkEstimate(limit: BuildLimits.defaultWork, folder: TutorialWorkTests.notebooks,
                                     memoryLimit: BuildLimits.defaultMemory / 10)
            #expect(tight.check(checked.blocks).isEmpty, "\(name)")
        }
    }
}
