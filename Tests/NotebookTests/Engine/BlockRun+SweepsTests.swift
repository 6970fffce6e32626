import Foundation
import NeuralNet
@testable import Notebook
import NotebookLanguage
import Testing

/// Sweeps over any setting run as the single trainings they stand for, each member labelled by
/// its value; members of sweeps are drawn, traced and exported like single models.
@Suite struct BlockRunSweepsTests {
    static let data = "data = blobs n=40 centers=[[-2,-2],[2,2]] spread=1.5 seed=1\n"

    func definitions(_ block: String) throws -> [String: SessionValue] {
        let result = try #require(EngineFixture.result(Self.data + block))
        #expect(!result.hasErrors)
        return Dictionary(result.definitions.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
    }

    func models(_ value: SessionValue?) -> [TrainedModel] {
        switch value {
        case .model(let model)?: [model]
        case .modelSweep(let models)?: models
        default: []
        }
    }

    @Test func aSeedSweepIsOneNetworkPerSeed() throws {
        let values = try definitions("""
            nets = network 2-3-1 seed=[1, 2, 3]
            two = network 2-3-1 seed=2
            ms = train nets on data epochs=20 rate=0.5
            m2 = train two on data epochs=20 rate=0.5
            """)
        guard case .networkSweep(let nets)? = values["nets"], case .network(let two)? = values["two"] else {
            Issue.record("no sweep"); return
        }
        #expect(nets.map(\.label) == ["seed = 1", "seed = 2", "seed = 3"])
        #expect(nets[1].network == two.network)
        #expect(nets[0].network != nets[1].network)
        #expect(models(values["ms"]).map(\.label) == ["seed = 1", "seed = 2", "seed = 3"])
        #expect(models(values["ms"])[1].network == models(values["m2"])[0].network)
    }

    @Test func anInitializerSweepIsLabelledByItsWords() throws {
        let values = try definitions("nets = network 2-3-1 init=[normal, xavier, he, zeros] seed=4")
        guard case .networkSweep(let nets)? = values["nets"] else { Issue.record("no sweep"); return }
        #expect(nets.map(\.label) == ["normal", "xavier", "he", "zeros"])
        #expect(nets[3].network.layers.allSatisfy { $0.weights.values.allSatisfy { $0 == 0 } })
    }

    @Test(arguments: [
        ("optimizer=[gd, momentum, adam]", ["gd", "momentum", "adam"], "optimizer=adam", 2),
        ("batch=[full, 8, 1]", ["batch = full", "batch = 8", "batch = 1"], "batch=1", 2),
        ("batch=4 seed=[1, 2]", ["seed = 1", "seed = 2"], "batch=4 seed=2", 1),
        ("rate=[0.1, 1]", ["rate = 0.1", "rate = 1"], "rate=1", 1),
    ])
    func aTrainingSweepEqualsItsMembersTrainedAlone(_ keys: String, _ labels: [String], _ alone: String, _ index: Int) throws {
        let rate = keys.contains("rate=") ? "" : " rate=0.1"
        let aloneRate = alone.contains("rate=") ? "" : " rate=0.1"
        let values = try definitions("""
            net = network 2-3-1 seed=1
            ms = train net on data epochs=30\(rate) \(keys)
            one = train net on data epochs=30\(aloneRate) \(alone)
            """)
        let sweep = models(values["ms"])
        #expect(sweep.map(\.label) == labels)
        #expect(sweep[index].network == models(values["one"])[0].network)
        #expect(sweep[index].history == models(values["one"])[0].history)
    }

    @Test func aSweepsMembersAreDrawnAndLabelledByTheirValues() throws {
        let result = try #require(EngineFixture.result(Self.data + """
            net = network 2-3-1 seed=1
            ms = train net on data epochs=30 rate=0.1 optimizer=[gd, adam]
            plot loss ms[2] ms[1]
            plot boundary ms[2] on data
            plot hidden ms[1] on data
            """))
        #expect(!result.hasErrors)
        let figures = result.figures.filter { !$0.isKey }
        #expect(figures.count == 3)
        #expect(figures[0].description.hasPrefix("Loss during training: adam falls from "))
        #expect(figures[0].svg.contains(">adam<") && figures[0].svg.contains(">gd<"))
        #expect(figures[1].title.hasPrefix("adam · "))
        #expect(figures[2].description.contains("ms[1]"))
    }

    @Test func aMemberPrintsAsOneModelOrNetwork() throws {
        let result = try #require(EngineFixture.result(Self.data + """
            nets = network 2-2-1 seed=[1, 2]
            ms = train nets on data epochs=3 rate=0.1
            print ms[2]
            print nets[1]
            """))
        #expect(!result.hasErrors)
        #expect(result.tables.map(\.caption) == [
            "ms[2]", "ms[2]: layer 1 (tanh), weights and biases", "ms[2]: layer 2 (sigmoid), weights and biases",
            "nets[1]: layer 1 (tanh), weights and biases", "nets[1]: layer 2 (sigmoid), weights and biases",
        ])
        #expect(result.tables[0].column("model") == ["seed = 2"])
    }

    @Test func aTraceOfATrainedModelUsesItsTrainedWeights() throws {
        let values = try definitions("""
            net = network 2-3-1 seed=1
            ms = train net on data epochs=30 rate=[0.1, 1]
            t = trace ms[2] input=[1, 2] target=[1] rate=0.5
            u = trace net input=[1, 2] target=[1] rate=0.5
            """)
        guard case .trace(let t)? = values["t"], case .trace(let u)? = values["u"] else { Issue.record("no trace"); return }
        let trained = models(values["ms"])[1].network
        #expect(t.network == trained)
        #expect(t.output == trained.forward(Matrix([[1, 2]])).row(0))
        #expect(u.network != trained)
    }

    @Test func tableEvaluatesEachModelOnItsOwnData() throws {
        let result = try #require(EngineFixture.result(Self.data + """
            rings = circles n=40 noise=0.1 seed=2
            net = network 2-3-1 seed=1
            a = train net on data epochs=30 rate=0.5
            b = train net on rings epochs=30 rate=0.5
            ea = evaluate a on data
            eb = evaluate b on rings
            table a b
            table a b on [rings, data]
            """))
        #expect(!result.hasErrors)
        let tables = result.tables.suffix(2)
        let own = try #require(tables.first), swapped = try #require(tables.last)
        #expect(own.caption == "Models, each on its own data")
        #expect(own.columns == ["model", "data", "final loss", "accuracy", "epochs", "diverged"])
        #expect(own.column("model") == ["a", "b"])
        #expect(own.column("data") == ["data", "rings"])
        let evaluations = result.tables.filter { $0.caption.hasPrefix("Evaluation of") }
        #expect(own.column("accuracy") == evaluations.map { $0.rows[0][1].text })
        #expect(swapped.column("data") == ["rings", "data"])
    }

    @Test func aWholeSweepExportsToOneFile() throws {
        let result = try #require(EngineFixture.result(Self.data + """
            net = network 2-1 seed=1
            ms = train net on data epochs=3 rate=[0.1, 1] record=1
            export ms to "ms.json"
            export ms.history to "loss.csv"
            export ms[2] to "train.py"
            export ms[1].history to "first.csv"
            """))
        #expect(!result.hasErrors)
        let files = result.items.compactMap { item -> (String, String)? in
            guard case .export(let name, let data) = item else { return nil }
            return (name, String(decoding: data, as: UTF8.self))
        }
        #expect(files.map(\.0) == ["ms.json", "loss.csv", "train.py", "first.csv"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(files[0].1.utf8)) as? [String: Any])
        let members = try #require(json["models"] as? [[String: Any]])
        #expect(members.map { $0["label"] as? String } == ["rate = 0.1", "rate = 1"])
        #expect(members.map { $0["rate"] as? Double } == [0.1, 1])
        let rows = files[1].1.split(separator: "\n")
        #expect(rows.first == "model,epoch,loss")
        #expect(rows.dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
                == ["rate = 0.1,0", "rate = 0.1,1", "rate = 0.1,2", "rate = 0.1,3",
                    "rate = 1,0", "rate = 1,1", "rate = 1,2", "rate = 1,3"])
        #expect(files[2].1.contains("import numpy"))
        #expect(files[3].1.split(separator: "\n").count == 5)
    }
}
