@testable import Notebook
import NotebookLanguage
import Testing

@Suite struct CheckerTests {
    @Test(arguments: [
        ("data = moons n=60 noise=1.0 seed=1", Command.moons(MoonsSpec(count: 60, noise: 1, seed: 1))),
        ("data = moons", .moons(MoonsSpec(count: 100, noise: 0, seed: 0))),
        ("data = circles n=100 noise=0.05 factor=0.5",
         .circles(CirclesSpec(count: 100, noise: 0.05, factor: 0.5, seed: 0))),
        ("data = playground xor noise=5", .playground(PlaygroundSpec(kind: .xor, count: 200, noise: 5, seed: 0))),
        ("data = blobs n=40 centers=[[-1,-1],[1,1]] spread=0.4",
         .blobs(BlobsSpec(count: 40, centers: [[-1, -1], [1, 1]], spread: 0.4, seed: 0))),
        (#"data = csv "dir/points.csv" label=class"#, .csv(CSVSpec(path: "dir/points.csv", labelColumn: "class"))),
        ("plot activations step tanh derivatives=true range=[-3,3]",
         .plot(PlotSpec(kind: .activations([.step, .tanh], derivatives: true, range: -3...3)))),
        (#"plot activations relu title="ReLU""#,
         .plot(PlotSpec(kind: .activations([.relu], derivatives: false, range: -5...5), title: "ReLU"))),
        (#"plot activations relu xlabel="输入 z" ylabel="输出""#,
         .plot(PlotSpec(kind: .activations([.relu], derivatives: false, range: -5...5), xLabel: "输入 z", yLabel: "输出"))),
    ])
    func standaloneStatements(_ source: String, _ expected: Command) {
        #expect(NotebookFixture(source).onlyCommand() == expected)
    }

    let setup = "data = moons n=60\nnet = network 2-4-1\nm = train net on data epochs=100 rate=0.1\n"

    @Test(arguments: [
        ("a, b = split data test=0.2 seed=3", Command.split(SplitSpec(dataset: "data", testFraction: 0.2, seed: 3))),
        ("e = evaluate m on data", .evaluate(EvaluateSpec(model: "m", dataset: "data"))),
        ("predict m on data", .predict(PredictSpec(model: "m", dataset: "data"))),
        ("table m on data", .table(TableSpec(models: "m", dataset: "data"))),
        ("print m.loss", .print(PrintSpec(value: Reference(name: "m", path: [.field("loss")])))),
        ("plot data data", .plot(PlotSpec(kind: .data(dataset: "data")))),
        ("plot boundary m on data", .plot(PlotSpec(kind: .boundary(models: ["m"], dataset: "data", grid: nil)))),
        ("plot loss m log=true", .plot(PlotSpec(kind: .loss(models: ["m"], logarithmic: true)))),
        ("plot hidden m on data", .plot(PlotSpec(kind: .hidden(model: "m", dataset: "data", layer: 1)))),
        (#"export m.history to "loss.csv""#, .export(ExportSpec(
            value: Reference(name: "m", path: [.field("history")]), path: "loss.csv", format: .csv))),
        ("expect m.loss < 0.5", .expect(ExpectSpec(
            value: Reference(name: "m", path: [.field("loss")]), comparator: .less, expected: 0.5, tolerance: 0))),
    ])
    func statementsOverAModel(_ source: String, _ expected: Command) {
        #expect(NotebookFixture(setup + source).onlyCommand() == expected)
    }

    @Test func trainFillsEveryDefault() {
        let command = NotebookFixture(setup).onlyCommand()
        #expect(command == .train(TrainSpec(
            network: "net", dataset: "data", epochs: 100, rate: 0.1, loss: .crossEntropy,
            optimizer: .gradientDescent, batch: .full, record: 1, seed: 0, l2: 0, momentum: 0.9, beta1: 0.9,
            beta2: 0.999)))
        let full = NotebookFixture("""
            data = blobs centers=[[0,0],[1,1],[2,2]]
            net = network 2-8-3 hidden=relu output=softmax
            m = train net on data epochs=30000 rate=[0.01,0.1] optimizer=adam batch=16 record=10 seed=4 \\
                l2=0.001 beta1=0.8 beta2=0.99
            """).onlyCommand()
        #expect(full == .train(TrainSpec(
            network: "net", dataset: "data", epochs: 30000, rate: 0.01, sweep: .rate([0.01, 0.1]), loss: .softmax,
            optimizer: .adam, batch: .size(16), record: 10, seed: 4, l2: 0.001, momentum: 0.9, beta1: 0.8,
            beta2: 0.99)))
        #expect(TrainSpec(network: "n", dataset: "d", epochs: 30000, rate: 1).record == 150)
    }

    @Test func networkWithExplicitWeights() {
        let command = NotebookFixture("""
            net = network 2-2-2 hidden=sigmoid output=sigmoid \\
                w1=[[0.15,0.20],[0.25,0.30]] b1=[0.35,0.35] w2=[[0.40,0.45],[0.50,0.55]]
            """).onlyCommand()
        #expect(command == .network(NetworkSpec(
            shape: LayerShape(sizes: [2, 2, 2]), activations: [.sigmoid, .sigmoid], weights: [
                LayerWeights(weights: [[0.15, 0.20], [0.25, 0.30]], biases: [0.35, 0.35]),
                LayerWeights(weights: [[0.40, 0.45], [0.50, 0.55]], biases: [0, 0]),
            ])))
    }

    @Test func networkSweepAndActivationList() throws {
        let command = try #require(NotebookFixture(
            "nets = network 2-[1,2,4]-3-1 activations=[relu, leakyrelu, sigmoid] leak=0.1 init=he seed=3"
        ).onlyCommand())
        guard case .network(let spec) = command else { Issue.record("not a network"); return }
        #expect(spec.shape.sweep == LayerShape.Sweep(position: 1, sizes: [1, 2, 4]))
        #expect(spec.members.map(\.shape.sizes) == [[2, 1, 3, 1], [2, 2, 3, 1], [2, 4, 3, 1]])
        #expect(spec.activations == [.relu, .leakyReLU, .sigmoid])
        #expect(spec.leak == 0.1 && spec.initializer == .he && spec.seed == 3 && spec.weights == nil)
    }

    @Test func traceAndExpectOfAWorkedExample() {
        let notebook = NotebookFixture("""
            net = network 2-2-2 w1=[[0.15,0.2],[0.25,0.3]] w2=[[0.4,0.45],[0.5,0.55]]
            t = trace net input=[0.05,0.1] target=[0.01,0.99] rate=0.5
            expect t.new.w5 = 0.35891648 tol=1e-8
            """)
        let (blocks, text) = notebook.check()
        #expect(text == "")
        let commands = blocks[0].statements.map(\.command)
        #expect(commands[1] == .trace(TraceSpec(network: "net", input: [0.05, 0.1], target: [0.01, 0.99],
                                                loss: .squared, rate: 0.5)))
        #expect(commands[2] == .expect(ExpectSpec(value: Reference(name: "t", path: [.field("new"), .field("w5")]),
                                                  comparator: .equal, expected: 0.35891648, tolerance: 1e-8)))
    }

    @Test func blocksKnowWhatTheyReadDefineAndTouch() {
        let notebook = NotebookFixture([
            #"data = csv "p.csv""#,
            "net = network 2-2-1\nm = train net on data epochs=5 rate=0.1\n" + #"export m to "m.json""#,
        ])
        let (blocks, text) = notebook.check()
        #expect(text == "")
        #expect(blocks[0].defines == ["data"] && blocks[0].files == ["p.csv"] && blocks[0].reads == [])
        #expect(blocks[1].reads == ["data"])
        #expect(blocks[1].defines == ["net", "m"])
        #expect(blocks[1].writes == ["m.json"])
        #expect(blocks[1].statements[1].reads == ["net", "data"])
        #expect(blocks[1].statements[1].defines == ["m"])
    }

    @Test func aLaterBlockMayRedefineANameAndShadowIt() {
        let (blocks, text) = NotebookFixture([
            "x = moons", "x = network 2-2-1\ny = train x on x epochs=1 rate=1",
        ]).check()
        #expect(text.contains("'x' is a network, not a dataset"))
        #expect(blocks[1].statements.count == 1)
        var checker = Checker()
        _ = checker.check(BlockSource(text: "x = moons", file: "a.md", firstLine: 1))
        #expect(checker.kind(of: "x") == .dataset)
        _ = checker.check(BlockSource(text: "x = network 2-[1,2]-1", file: "a.md", firstLine: 5))
        #expect(checker.kind(of: "x") == .networkSweep)
    }
}
