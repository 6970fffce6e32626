@testable import Notebook
import NotebookLanguage
import Testing

/// Sweeps over any setting, sweep members wherever one model or network is, and `table`
/// across datasets: what the checker accepts, and every mistake's exact message.
@Suite struct CheckerSweepTests {
    static let setup = """
        data = moons n=20
        net = network 2-2-1
        rates = train net on data epochs=5 rate=[0.01, 0.1, 1, 10]
        """

    @Test(arguments: [
        ("plot hidden rates[4] on data", Command.plot(PlotSpec(kind: .hidden(model: Subject("rates", member: 4),
                                                                              dataset: "data", layer: 1)))),
        ("plot boundary rates[2] net0 on data", .plot(PlotSpec(kind: .boundary(
            models: [Subject("rates", member: 2), "net0"], dataset: "data", grid: nil)))),
        ("plot network rates[2]", .plot(PlotSpec(kind: .network(name: Subject("rates", member: 2), show: nil)))),
        ("plot loss rates[1] rates[3]", .plot(PlotSpec(kind: .loss(
            models: [Subject("rates", member: 1), Subject("rates", member: 3)], logarithmic: false)))),
        ("table rates[2] net0 on data", .table(TableSpec(models: [Subject("rates", member: 2), "net0"], dataset: "data"))),
        ("table rates net0", .table(TableSpec(entries: [.init(model: "rates", dataset: "data"),
                                                        .init(model: "net0", dataset: "other")], sharedDataset: nil))),
        ("table rates net0 on [other, data]", .table(TableSpec(entries: [.init(model: "rates", dataset: "other"),
                                                                         .init(model: "net0", dataset: "data")],
                                                               sharedDataset: nil))),
        ("t = trace rates[3] input=[1,2] target=[1] rate=0.5", .trace(TraceSpec(
            network: Subject("rates", member: 3), input: [1, 2], target: [1], loss: .squared, rate: 0.5))),
        ("t = trace net0 input=[1,2] target=[1] rate=0.5", .trace(TraceSpec(
            network: "net0", input: [1, 2], target: [1], loss: .squared, rate: 0.5))),
        ("e = evaluate rates[4] on data", .evaluate(EvaluateSpec(model: Subject("rates", member: 4), dataset: "data", show: .all))),
        ("predict rates[1] on data", .predict(PredictSpec(model: Subject("rates", member: 1), dataset: "data"))),
        (#"export rates to "rates.json""#, .export(ExportSpec(value: Reference(name: "rates", path: []),
                                                              path: "rates.json", format: .json))),
        (#"export rates[2] to "train.py""#, .export(ExportSpec(value: Reference(name: "rates", path: [.index(2)]),
                                                               path: "train.py", format: .py))),
        (#"export rates.history to "loss.csv""#, .export(ExportSpec(value: Reference(name: "rates", path: [.field("history")]),
                                                                    path: "loss.csv", format: .csv))),
        (#"export rates[2].history to "loss.csv""#, .export(ExportSpec(
            value: Reference(name: "rates", path: [.index(2), .field("history")]), path: "loss.csv", format: .csv))),
    ])
    func membersStandWhereOneModelDoes(_ line: String, _ expected: Command) {
        let source = Self.setup + """

            other = circles n=20
            net0 = train net on other epochs=5 rate=0.1
            \(line)
            """
        #expect(NotebookFixture(source).onlyCommand() == expected)
    }

    @Test func aNetworkSweepsItsSeedOrInitializer() throws {
        let seeds = try #require(NotebookFixture("nets = network 2-2-1 seed=[1, 2, 3]").onlyCommand())
        guard case .network(let spec) = seeds else { Issue.record("not a network: \(seeds)"); return }
        #expect(spec.sweep == .seed([1, 2, 3]))
        #expect(spec.seed == 1)
        #expect(spec.members.map(\.seed) == [1, 2, 3])
        #expect(spec.members.allSatisfy { $0.sweep == nil })
        let initializers = try #require(NotebookFixture("nets = network 2-2-1 init=[normal, he]").onlyCommand())
        guard case .network(let spec) = initializers else { Issue.record("not a network"); return }
        #expect(spec.members.map(\.initializer) == [.normal, .he])
    }

    @Test func aTrainingSweepsOneSetting() throws {
        let cases: [(String, TrainSpec.Sweep, Int)] = [
            ("optimizer=[gd, momentum, adam]", .optimizer([.gradientDescent, .momentum, .adam]), 3),
            ("batch=[full, 4, 1]", .batch([.full, .size(4), .size(1)]), 3),
            ("batch=4 seed=[1, 2]", .seed([1, 2]), 2),
            ("rate=[0.5, 1]", .rate([0.5, 1]), 2),
        ]
        for (keys, sweep, count) in cases {
            let rate = keys.hasPrefix("rate") ? "" : " rate=0.1"
            let command = NotebookFixture("""
                data = moons n=20
                net = network 2-2-1
                ms = train net on data epochs=5\(rate) \(keys)
                plot boundary ms on data grid=1x\(count)
                """)
            let (blocks, text) = command.check()
            #expect(text == "", "\(keys)")
            guard case .train(let spec) = blocks[0].statements[2].command else { Issue.record("no train"); continue }
            #expect(spec.sweep == sweep)
            #expect(spec.members.count == count)
            #expect(spec.members.allSatisfy { $0.sweep == nil })
        }
    }

    @Test func aMemberOfANetworkSweepTrainsAsOneNetwork() throws {
        let command = NotebookFixture("""
            data = moons n=20
            nets = network 2-[1,2,4]-1
            m = train nets[3] on data epochs=5 rate=[0.1, 1]
            plot hidden m[2] on data
            """).onlyCommand()
        #expect(command == .plot(PlotSpec(kind: .hidden(model: Subject("m", member: 2), dataset: "data", layer: 1))))
    }

    @Test func aSeedSweepOfFullBatchesIsAWarning() {
        let (blocks, text) = NotebookFixture(Self.setup + "\nms = train net on data epochs=5 rate=0.1 seed=[1,2]").check()
        #expect(text == """
            t.md:6:47: warning: 'seed' shuffles mini-batches, so with batch=full every model of this sweep is the same
               6 | ms = train net on data epochs=5 rate=0.1 seed=[1,2]
                 |                                               ^~~~~ sweep the starting weights instead: network … seed=[1, 2, 3], or give a batch size
            """ + "\n")
        #expect(blocks[0].statements.count == 4)
        #expect(NotebookFixture(Self.setup + "\nms = train net on data epochs=5 rate=0.1 batch=4 seed=[1,2]").check().text == "")
    }

    @Test(arguments: Self.inputs)
    func reportsTheExactDiagnostics(_ input: BadInput) {
        let (_, text) = NotebookFixture(input.blocks).check()
        #expect(text == input.expected)
    }

    static let inputs: [BadInput] = [
        BadInput([setup + "\nplot hidden rates[9] on data"], #"""
            t.md:6:13: error: 'rates' has 4 models, so there is no rates[9]
               6 | plot hidden rates[9] on data
                 |             ^~~~~~~~ members are numbered from 1 to 4
            1 error
            """#),
        BadInput([setup + "\nplot loss rates[0]"], #"""
            t.md:6:16: error: expected a whole number index ≥ 1 and ']'
               6 | plot loss rates[0]
                 |                ^ indexes count from 1: t.output[1]
            1 error
            """#),
        BadInput([setup + "\nnets = network 2-[1,2]-1\nt = trace nets[3] input=[1,2] target=[1] rate=0.5"], #"""
            t.md:7:11: error: 'nets' has 2 networks, so there is no nets[3]
               7 | t = trace nets[3] input=[1,2] target=[1] rate=0.5
                 |           ^~~~~~~ members are numbered from 1 to 2
            1 error
            """#),
        BadInput([setup + "\nm = train net on data epochs=5 rate=0.1\nplot loss m[2]"], #"""
            t.md:7:11: error: 'm' is a model, not a sweep, so there is no m[2]
               7 | plot loss m[2]
                 |           ^~~~ write the name alone: m
            1 error
            """#),
        BadInput([setup + "\nplot data rates[2]"], #"""
            t.md:6:11: error: expected the name of a dataset, not rates[2]
               6 | plot data rates[2]
                 |           ^~~~~~~~ 'rates[2]' is a model, one member of 'rates'
            1 error
            """#),
        BadInput([setup + "\nm = train net on data epochs=5 rate=0.1\nplot hidden m.history on data"], #"""
            t.md:7:13: error: expected the name of a model, not m.history
               7 | plot hidden m.history on data
                 |             ^~~~~~~~~ write the name alone: m
            1 error
            """#),
        BadInput([setup + "\nplot loss ratse[2]"], #"""
            t.md:6:11: error: undefined name 'ratse'
               6 | plot loss ratse[2]
                 |           ^~~~~ did you mean 'rates'?
            1 error
            """#),
        BadInput([setup + "\nt = trace data input=[1,2] target=[1] rate=0.5"], #"""
            t.md:6:11: error: 'data' is a dataset, not a network or a model
               6 | t = trace data input=[1,2] target=[1] rate=0.5
                 |           ^~~~ 'data' was defined on line 3
            1 error
            """#),
        BadInput(["nets = network 2-[1,2]-1 seed=[1,2]"], #"""
            t.md:3:31: error: 'network' sweeps one setting at a time, and the shape already has a list
               3 | nets = network 2-[1,2]-1 seed=[1,2]
                 |                               ^~~~~ give 'seed' one value, or make a second sweep
            1 error
            """#),
        BadInput(["nets = network 2-2-1 init=[normal,he] seed=[1,2]"], #"""
            t.md:3:44: error: 'network' sweeps one setting at a time, and 'init' is already a list
               3 | nets = network 2-2-1 init=[normal,he] seed=[1,2]
                 |                                            ^~~~~ give 'seed' one value, or make a second sweep
            1 error
            """#),
        BadInput(["nets = network 2-2-1 seed=[]"], #"""
            t.md:3:27: error: a list sweeps over its values, so it needs at least one
               3 | nets = network 2-2-1 seed=[]
                 |                           ^~ for example: seed=[1, 2, 3]
            1 error
            """#),
        BadInput(["nets = network 2-2-1 init=[normal, xaveir]"], #"""
            t.md:3:36: error: unknown initializer 'xaveir'
               3 | nets = network 2-2-1 init=[normal, xaveir]
                 |                                    ^~~~~~ did you mean 'xavier'?
            1 error
            """#),
        BadInput(["nets = network 2-1 seed=[1,2] w1=[[1,2]]"], #"""
            t.md:3:31: error: explicit weights cannot be given for a sweep
               3 | nets = network 2-1 seed=[1,2] w1=[[1,2]]
                 |                               ^~ give 'seed' and 'init' one value
            1 error
            """#),
        BadInput([setup + "\nms = train net on data epochs=5 rate=[0.1,1] optimizer=[gd,adam]"], #"""
            t.md:6:56: error: 'train' sweeps one setting at a time, and 'rate' is already a list
               6 | ms = train net on data epochs=5 rate=[0.1,1] optimizer=[gd,adam]
                 |                                                        ^~~~~~~~~ give 'optimizer' one value, or train a second sweep
            1 error
            """#),
        BadInput([setup + "\nnets = network 2-[1,2]-1\nms = train nets on data epochs=5 rate=0.1 seed=[1,2]"], #"""
            t.md:7:48: error: a network sweep cannot also sweep 'seed'
               7 | ms = train nets on data epochs=5 rate=0.1 seed=[1,2]
                 |                                                ^~~~~ sweep one thing at a time: give 'seed' one value, or train one network
            1 error
            """#),
        BadInput([setup + "\nms = train net on data epochs=5 rate=0.1 batch=[full, 0]"], #"""
            t.md:6:55: error: 'batch' must be at least 1, not 0
               6 | ms = train net on data epochs=5 rate=0.1 batch=[full, 0]
                 |                                                       ^
            1 error
            """#),
        BadInput([setup + "\nm = train net on data epochs=5 rate=0.1\ntable rates m on [data]"], #"""
            t.md:7:18: error: 'on' names 1 dataset for 2 models
               7 | table rates m on [data]
                 |                  ^~~~~~ give one dataset per model or sweep, in the same order, or one for all: on data
            1 error
            """#),
        BadInput([setup + "\nm = train net input=[1,2] target=[1] epochs=5 rate=0.1\ntable rates m"], #"""
            t.md:7:13: error: 'm' was trained on one sample, not on a dataset, so 'table' needs 'on'
               7 | table rates m
                 |             ^ name the data to evaluate it on: table m on data
            1 error
            """#),
        BadInput([setup, "data = circles n=20\ntable rates"], #"""
            t.md:10:7: error: 'rates' was trained on 'data', which has since been defined again
              10 | table rates
                 |       ^~~~~ name the data to evaluate it on: table rates on data
            1 error
            """#),
        BadInput([setup + "\n" + #"export rates to "train.py""#], #"""
            t.md:6:17: error: a numpy program trains one model, but 'rates' is a sweep of 4
               6 | export rates to "train.py"
                 |                 ^~~~~~~~~~ export one member: export rates[1] to "train.py", or every member's weights to "rates.json"
            1 error
            """#),
    ]
}
