@testable import Notebook
import NotebookLanguage
import Testing

/// The language additions for the engine: training on one explicit sample, and several models
/// in `table` and `plot boundary`.
@Suite struct CheckerSampleTrainingTests {
    static let mazur = "net = network 2-2-2 hidden=sigmoid w1=[[0.15,0.2],[0.25,0.3]] w2=[[0.4,0.45],[0.5,0.55]]\n"

    @Test func trainOnOneSampleFillsItsDefaults() {
        let command = NotebookFixture(Self.mazur + "m = train net input=[0.05,0.1] target=[0.01,0.99] epochs=400 rate=0.5")
            .onlyCommand()
        #expect(command == .trainOnSample(SampleTrainSpec(
            network: "net", input: [0.05, 0.1], target: [0.01, 0.99], epochs: 400, rate: 0.5, loss: .squared, record: 2)))
    }

    @Test func aModelTrainedOnOneSampleIsAModel() {
        let (_, text) = NotebookFixture(Self.mazur + """
            m = train net input=[0.05,0.1] target=[0.01,0.99] epochs=10 rate=0.5 loss=crossentropy record=5
            expect m.loss < 0.5
            plot loss m
            """).check()
        #expect(text == "")
    }

    @Test(arguments: [
        ("m = train net input=[0.05,0.1] target=[0.01] epochs=10 rate=0.5",
         "t.md:5:39: error: 'target' has 1 value, but 'net' has 2 outputs"),
        ("m = train net input=[0.05,0.1] target=[0,1] epochs=10 rate=[0.1,0.5]",
         "t.md:5:60: error: training on one sample takes one rate, not a list"),
        ("m = train net input=[0.05,0.1] target=[0,1] epochs=10 rate=0.5 batch=1",
         "t.md:5:70: error: 'batch' does not apply to training on one sample (input= and target=)"),
        ("m = train net on data input=[0.05,0.1] target=[0,1] epochs=10 rate=0.5",
         "t.md:5:18: error: 'on' does not apply to training on one sample (input= and target=)"),
        ("m = train net input=[0.05,0.1] epochs=10 rate=0.5",
         "t.md:5:5: error: 'train' needs 'target='"),
    ])
    func mistakesInTrainingOnOneSample(_ line: String, _ firstLine: String) {
        let (_, text) = NotebookFixture("data = moons n=10\n" + Self.mazur + line).check()
        #expect(text.split(separator: "\n").first.map(String.init) == firstLine)
    }

    @Test func tableAndBoundaryTakeSeveralModels() {
        let setup = "data = moons n=10\nnet = network 2-2-1\na = train net on data epochs=1 rate=0.1\n"
            + "s = train net on data epochs=1 rate=[0.1,0.2]\n"
        #expect(NotebookFixture(setup + "table a s on data").onlyCommand()
                == .table(TableSpec(models: ["a", "s"], dataset: "data")))
        #expect(NotebookFixture(setup + "plot boundary a s on data grid=1x3").onlyCommand()
                == .plot(PlotSpec(kind: .boundary(models: ["a", "s"], dataset: "data", grid: PanelGrid(rows: 1, columns: 3)))))
        let (_, text) = NotebookFixture(setup + "plot boundary a s on data grid=1x2").check()
        #expect(text.hasPrefix("t.md:7:32: error: a 1x2 grid has 2 panels, but the plot has 3 models\n"))
        let (_, wrongKind) = NotebookFixture(setup + "table a net on data").check()
        #expect(wrongKind.hasPrefix("t.md:7:9: error: 'net' is a network, not a model or a model sweep\n"))
    }
}
