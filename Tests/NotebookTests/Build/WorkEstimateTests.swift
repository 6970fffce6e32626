import Foundation
import NotebookLanguage
import Testing
@testable import Notebook

@Suite struct WorkEstimateTests {
    /// The tutorial's experiment: six 2-h-2 networks, 60 samples, 30 000 epochs.
    static let tutorial = """
        data = moons n=60 noise=1.0 seed=1
        nets = network 2-[1,2,4,10,20,50]-2 hidden=tanh output=sigmoid seed=3
        models = train nets on data epochs=30000 rate=0.1
        plot boundary models on data grid=2x3
        """

    func check(_ text: String, limit: Int = BuildLimits.defaultWork) -> [Diagnostic] {
        let checked = Checker.check([BlockSource(text: text, file: "bp.md", firstLine: 4)])
        #expect(checked.diagnostics.diagnostics.isEmpty)
        return WorkEstimate(limit: limit, folder: URL(fileURLWithPath: "/nonexistent")).check(checked.blocks)
    }

    @Test func parametersAreWeightsAndBiases() {
        #expect(WorkEstimate.parameterCount([2, 50, 2]) == 2 * 50 + 50 + 50 * 2 + 2)
        #expect(WorkEstimate.parameterCount([2]) == 0)
        #expect(WorkEstimate.parameterCount([1 << 40, 1 << 40]) == Int.max)
    }

    @Test func theTutorialExperimentFitsTheDefault() {
        // Σ (5h + 2) over h = 1, 2, 4, 10, 20, 50 is 447 parameters; × 60 × 30000 = 804 600 000,
        // plus six boundary panels of 97 × 73 points and the 60 samples (for each accuracy).
        #expect(check(Self.tutorial).isEmpty)
        #expect(check(Self.tutorial, limit: 804_600_000 + 6 * (7081 + 60) * 252).isEmpty)
        let over = check(Self.tutorial, limit: 804_600_000 - 1)
        #expect(over.map(\.message) == [
            "'models' asks for 804600000 units of work (60 samples × 447 parameters × 30000 epochs, over 6 networks), "
                + "over the limit of 804599999 per notebook",
        ])
        #expect(over.first?.location == SourceLocation(file: "bp.md", line: 6, column: 1))
        #expect(over.first?.hint == "use fewer epochs, samples or weights, or raise the limit with --work-limit")
    }

    @Test func workAddsUpAcrossStatementsAndSplits() {
        let text = """
            data = moons n=100
            a, b = split data test=0.25
            net = network 2-3-1
            m = train net on a epochs=10 rate=0.1
            n = train net input=[1,2] target=[1] epochs=7 rate=0.1
            """
        // 75 × 13 × 10 = 9750, then 1 × 13 × 7 = 91.
        #expect(check(text, limit: 9841).isEmpty)
        #expect(check(text, limit: 9840).map(\.message) == [
            "'n' asks for 91 units of work (1 sample × 13 parameters × 7 epochs), bringing the notebook to 9841, "
                + "over the limit of 9840 per notebook",
        ])
    }

    @Test(arguments: ["optimizer=[gd, momentum, adam]", "batch=[full, 10, 1]", "batch=10 seed=[1, 2, 3]", "rate=[0.1, 1, 10]"])
    func aTrainingSweepCountsEveryMember(_ keys: String) {
        let rate = keys.hasPrefix("rate") ? "" : " rate=0.1"
        let text = """
            data = moons n=100
            net = network 2-3-1
            ms = train net on data epochs=10\(rate) \(keys)
            table ms[2] on data
            """
        // 3 × 100 × 13 × 10 = 39000, then one forward pass of one member: 100 × 13 = 1300.
        #expect(check(text, limit: 40300).isEmpty)
        #expect(check(text, limit: 38999).map(\.message) == [
            "'ms' asks for 39000 units of work (100 samples × 39 parameters × 10 epochs, over 3 networks), "
                + "over the limit of 38999 per notebook",
        ])
        #expect(check(text, limit: 40299).map(\.message) == [
            "this table asks for 1300 units of work (100 samples × 13 parameters, one forward pass), "
                + "bringing the notebook to 40300, over the limit of 40299 per notebook",
        ])
    }

    @Test func aNetworkSweepOverSeedsCountsEveryNetwork() {
        let text = """
            data = moons n=100
            nets = network 2-3-1 seed=[1, 2]
            ms = train nets on data epochs=10 rate=0.1
            """
        #expect(check(text, limit: 25999).map(\.message) == [
            "'ms' asks for 26000 units of work (100 samples × 26 parameters × 10 epochs, over 2 networks), "
                + "over the limit of 25999 per notebook",
        ])
    }

    @Test func absurdSizesSaturateInsteadOfOverflowing() {
        #expect(WorkEstimate.multiply(Int.max / 2, 3, 1) == Int.max)
        #expect(WorkEstimate.add(Int.max, 1) == Int.max)
    }

    @Test func theEpochCapShortensEveryTraining() {
        let checked = Checker.check([BlockSource(text: Self.tutorial, file: "bp.md", firstLine: 4)]).blocks
        let capped = BuildLimits(epochCap: 3).capped(checked)
        guard case .train(let spec) = capped[0].statements[2].command else {
            Issue.record("not a training")
            return
        }
        #expect(spec.epochs == 3)
        #expect(spec.record == 3)
        #expect(BuildLimits().capped(checked) == checked)
    }
}

@Suite struct TutorialWorkTests {
    /// The committed notebooks, from this file's place in the repository.
    static let notebooks = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("notebooks")

    @Test func everyCommittedNotebookFitsTheDefaultTenTimesOver() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.notebooks.path).filter { $0.hasSuffix(".md") }
        #expect(!names.isEmpty)
        for name in names {
            let url = Self.notebooks.appendingPathComponent(name)
            let document = try MarkdownDocument(fileName: name, bytes: Data(contentsOf: url))
            let blocks = document.blocks.map(\.blockSource)
            let checked = Checker.check(blocks)
            let work = WorkEstimate(limit: BuildLimits.defaultWork, folder: Self.notebooks).total(checked.blocks)
            #expect(work > 0 && work * 10 < BuildLimits.defaultWork, "\(name): \(work)")
        }
    }
}
