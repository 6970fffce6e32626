import Foundation
import Markup
import NeuralNet
@testable import Notebook
import NotebookLanguage
import Testing

/// `train … snapshots=…` and `plot boundary … scrub=…`: what the checker accepts, what the run
/// keeps, and the markup of the scrubber (one radio group, unique ids, no script).
@Suite struct BlockRunScrubberTests {
    static let setup = """
        data = moons n=30 noise=0.2 seed=1
        net = network 2-4-1 hidden=tanh init=normal seed=3
        """

    func command(_ line: String) -> Command? { NotebookFixture(Self.setup + "\n" + line).onlyCommand() }

    func checkText(_ lines: String) -> String { NotebookFixture(Self.setup + "\n" + lines).check().text }

    @Test func logSpacedCounts() {
        #expect(TrainSpec.logSpacedEpochs(count: 6, epochs: 30000) == [0, 8, 60, 500, 4000, 30000])
        #expect(TrainSpec.logSpacedEpochs(count: 5, epochs: 10000) == [0, 10, 100, 1000, 10000])
        #expect(TrainSpec.logSpacedEpochs(count: 20, epochs: 3) == [0, 1, 2, 3])
        #expect(TrainSpec.logSpacedEpochs(count: 2, epochs: 1) == [0, 1])
    }

    @Test func snapshotsAreCheckedSortedAndKeptOnce() throws {
        guard case .train(let spec)? = command("m = train net on data epochs=300 rate=0.1 snapshots=[300, 0, 10, 10]")
        else { Issue.record("not a train"); return }
        #expect(spec.snapshots == [0, 10, 300])
        guard case .train(let counted)? = command("m = train net on data epochs=30000 rate=0.1 snapshots=6")
        else { Issue.record("not a train"); return }
        #expect(counted.snapshots == [0, 8, 60, 500, 4000, 30000])
        #expect(checkText("m = train net on data epochs=300 rate=0.1 snapshots=[0, 301]").contains(
            "error: a snapshot epoch must be"))
        #expect(checkText("m = train net on data epochs=300 rate=0.1 snapshots=21").contains("error: 'snapshots'"))
        #expect(checkText("m = train net on data epochs=30 rate=0.1 snapshots=[\((0...20).map(String.init).joined(separator: ","))]")
            .contains("error: 'snapshots' takes 1 to 20 epochs, not 21"))
        #expect(checkText("m = train net input=[0.1,0.2] target=[1] epochs=30 rate=0.1 snapshots=[0]").contains("error:"))
    }

    @Test func scrubIsChecked() {
        let sweep = "nets = network 2-[2,4]-1\nms = train nets on data epochs=10 rate=0.1 snapshots=[0,10]\n"
        let one = "m = train net on data epochs=10 rate=0.1 snapshots=[0,10]\n"
        #expect(checkText(one + "plot boundary m on data scrub=snapshots") == "")
        #expect(checkText(sweep + "plot boundary ms on data scrub=models") == "")
        #expect(checkText(sweep + "plot boundary ms on data scrub=snapshots")
            .contains("error: 'scrub=snapshots' shows the snapshots of one model"))
        #expect(checkText(one + "plot boundary m on data scrub=models")
            .contains("error: 'scrub=models' chooses between models, but the plot has one"))
        #expect(checkText(sweep + "plot boundary ms on data scrub=models grid=1x2")
            .contains("error: a scrubber shows one panel at a time, so it takes no 'grid'"))
        #expect(checkText(one + "plot boundary m on data scrub=snapshot").contains("did you mean 'snapshots'?"))
    }

    /// The model and its history are those of a training without snapshots; a sweep keeps them per model.
    @Test func snapshotsChangeNothingElseAndSweepsKeepThem() throws {
        let plain = EngineFixture.results([Self.setup + "\nnets = network 2-[2,4]-1\n"
            + "m = train net on data epochs=200 rate=0.5\nms = train nets on data epochs=200 rate=0.5"])
        let kept = EngineFixture.results([Self.setup + "\nnets = network 2-[2,4]-1\n"
            + "m = train net on data epochs=200 rate=0.5 snapshots=[0, 5, 200]\n"
            + "ms = train nets on data epochs=200 rate=0.5 snapshots=3"])
        func models(_ results: [BlockResult]) -> [TrainedModel] {
            results.flatMap(\.definitions).flatMap { definition -> [TrainedModel] in
                switch definition.value {
                case .model(let model): [model]
                case .modelSweep(let models): models
                default: []
                }
            }
        }
        let (a, b) = (models(plain), models(kept))
        try #require(a.count == 3 && b.count == 3)
        for (x, y) in zip(a, b) {
            #expect(x.network == y.network && x.history == y.history && x.finalLoss.bitPattern == y.finalLoss.bitPattern)
            #expect(x.snapshots.isEmpty)
        }
        #expect(b[0].snapshots.map(\.epoch) == [0, 5, 200])
        #expect(b[1].snapshots.map(\.epoch) == [0, 10, 200] && b[2].snapshots.map(\.epoch) == [0, 10, 200])
        #expect(b[0].snapshots.last?.network == b[0].network)
        // Cached as exact bits.
        let data = try JSONEncoder().encode(b)
        #expect(try JSONDecoder().decode([TrainedModel].self, from: data) == b)
    }

    static func scrubberHTML() throws -> (result: BlockResult, html: String) {
        let text = Self.setup + "\nm = train net on data epochs=300 rate=0.5 snapshots=[0, 10, 100, 300]\n"
            + "plot boundary m on data scrub=snapshots"
        let fixture = NotebookFixture(text)
        var interpreter = Interpreter(notebookDirectory: FileManager.default.temporaryDirectory)
        let block = try #require(fixture.check().blocks.first)
        let result = interpreter.run(block, index: 2)
        let html = BlockRenderer().render(index: 2, source: fixture.blocks[0], result: result,
                                          caption: FigureCaption(number: 1, caption: "Forming", label: "fig:forming"))
            .render()
        return (result, html)
    }

    @Test func scrubberFiguresAreTaggedWithTheirStops() throws {
        let (result, _) = try Self.scrubberHTML()
        #expect(result.diagnostics.isEmpty)
        let figures = result.figures
        #expect(figures.filter(\.isKey).count == 1)
        #expect(figures.compactMap { $0.stop?.label } == ["0", "10", "100", "300"])
        #expect(figures.filter { $0.stop != nil && $0.stop?.label == nil }.count == 1)   // the loss curve
        #expect(Set(figures.map(\.key)).count == 1)
        let curve = try #require(figures.last)
        #expect(curve.svg.components(separatedBy: #"<circle class="stop""#).count - 1 == 4)
        #expect(figures.dropLast().filter { !$0.isKey }.map(\.title).first?.hasPrefix("epoch 0 · ") == true)
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(BlockResult.self, from: data) == result)
    }

    @Test func scrubberMarkupIsOneRadioGroupWithUniqueIDs() throws {
        let (_, html) = try Self.scrubberHTML()
        #expect(html.components(separatedBy: "<fieldset").count - 1 == 1)
        let names = Self.attribute("name", in: html)
        #expect(names.count == 4 && Set(names).count == 1)
        #expect(html.components(separatedBy: #"type="radio""#).count - 1 == 4)
        #expect(html.components(separatedBy: "checked=").count - 1 == 1)
        let ids = Self.attribute("id", in: html)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
        // Each radio has its label (for=), and the panels are as many as the radios.
        #expect(Set(Self.attribute("for", in: html)) == Set(ids.filter { $0.contains("-stop-") }))
        #expect(html.contains(#"<figure id="fig-forming" class="scrubber">"#))
        #expect(html.contains("<legend>epoch</legend>"))
        #expect(!html.lowercased().contains("<script"))
        #expect(html.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil)
        let panels = try #require(html.range(of: #"<div class="panels scrub-panels">"#))
        let curve = try #require(html.range(of: #"<div class="scrub-curve">"#))
        #expect(html[panels.upperBound..<curve.lowerBound].components(separatedBy: "<svg ").count - 1 == 4)
    }

    @Test func aModelWithoutSnapshotsIsALocatedError() throws {
        let results = EngineFixture.results([Self.setup + "\nm = train net on data epochs=10 rate=0.1\n"
            + "plot boundary m on data scrub=snapshots"])
        let messages = results.flatMap(\.diagnostics).map(\.message)
        #expect(messages == ["'m' kept no snapshots to scrub through"])
    }

    static func attribute(_ name: String, in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "\\s\(name)=\"([^\"]*)\"")
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!])
        }
    }

    /// `trace … steps=true`: the five tables under one radio group, the first step chosen.
    @Test func traceStepsAreOneRadioGroup() throws {
        let text = """
            mazur = network 2-2-2 hidden=sigmoid output=sigmoid w1=[[0.15,0.20],[0.25,0.30]] b1=[0.35,0.35] \\
                w2=[[0.40,0.45],[0.50,0.55]] b2=[0.60,0.60]
            t = trace mazur input=[0.05,0.10] target=[0.01,0.99] loss=squared rate=0.5 steps=true
            u = trace mazur input=[0.05,0.10] target=[0.01,0.99] loss=squared rate=0.5
            """
        let fixture = NotebookFixture(text)
        var interpreter = Interpreter(notebookDirectory: FileManager.default.temporaryDirectory)
        let (blocks, checkText) = fixture.check()
        #expect(checkText == "")
        let block = try #require(blocks.first)
        let result = interpreter.run(block, index: 5)
        let tables = result.items.compactMap { if case .table(let table) = $0 { table } else { nil } }
        #expect(tables.map(\.step) == ["forward pass", "error", "backward pass", "gradients", "update"] + Array(repeating: nil, count: 5))
        let html = BlockRenderer().render(index: 5, source: fixture.blocks[0], result: result).render()
        #expect(html.components(separatedBy: #"<div class="stepper">"#).count - 1 == 1)
        #expect(html.components(separatedBy: "<table>").count - 1 == 10)
        let names = Self.attribute("name", in: html)
        #expect(names == Array(repeating: "cell-5-steps-1", count: 5))
        #expect(html.contains(#"<input type="radio" name="cell-5-steps-1" id="cell-5-steps-1-1" checked="checked"/>forward pass</label>"#))
        let ids = Self.attribute("id", in: html)
        #expect(Set(ids).count == ids.count)
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(BlockResult.self, from: data) == result)
        #expect(NotebookFixture(text.replacingOccurrences(of: "steps=true", with: "steps=yes")).check().text
            .contains("error: 'steps'"))
    }
}
