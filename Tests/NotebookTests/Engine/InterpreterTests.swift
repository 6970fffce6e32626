import Foundation
@testable import Notebook
import SVGPlot
import Testing

@Suite struct InterpreterTests {
    @Test func datasetsAndTheirFields() throws {
        let result = try #require(EngineFixture.result("""
            data = moons n=60 noise=0.1 seed=1
            rings = circles n=40 noise=0.05 factor=0.5
            xor = playground xor n=50
            three = blobs n=30 centers=[[-1,-1],[1,1],[1,-1]] spread=0.3
            a, b = split data test=0.25 seed=0
            print data.count
            print rings.classes
            print xor.count
            print three.classes
            print a.count
            print b.count
            """))
        #expect(result.diagnostics.isEmpty)
        #expect(result.values == ["data.count": "60", "rings.classes": "2", "xor.count": "50", "three.classes": "3",
                                  "a.count": "45", "b.count": "15"])
        #expect(result.definitions.map(\.name) == ["data", "rings", "xor", "three", "a", "b"])
    }

    @Test func blobsWithClassesPerCentre() throws {
        let result = try #require(EngineFixture.result("""
            xor = blobs n=80 centers=[[0,0],[1,1],[0,1],[1,0]] classes=[0, 0, 1, 1] spread=0.1 seed=2
            print xor.count
            print xor.classes
            """))
        #expect(result.diagnostics.isEmpty)
        #expect(result.values == ["xor.count": "80", "xor.classes": "2"])
        guard case .dataset(let data) = try #require(result.definitions.first?.value) else {
            Issue.record("xor is not a dataset")
            return
        }
        // Points near (0,1) and (1,0) are class 1; near (0,0) and (1,1) class 0.
        for i in 0..<data.count {
            let x = data.features[i, 0], y = data.features[i, 1]
            #expect(data.labels[i] == ((x > 0.5) != (y > 0.5) ? 1 : 0))
        }
    }

    @Test func namesCarryAcrossBlocksAndLaterBlocksShadow() throws {
        let results = EngineFixture.results(["data = moons n=20", "print data.count", "data = moons n=30\nprint data.count"])
        #expect(results.count == 3)
        #expect(results[1].values == ["data.count": "20"])
        #expect(results[2].values == ["data.count": "30"])
    }

    @Test func trainingLowersTheLossAndResultsShowIt() throws {
        let result = try #require(EngineFixture.result("""
            data = blobs n=40 centers=[[-2,-2],[2,2]] spread=0.5 seed=1
            net = network 2-3-1 seed=3
            model = train net on data epochs=200 rate=0.5
            e = evaluate model on data
            print e.accuracy
            print e.confusion[2][2]
            table model on data
            predict model on data
            """))
        #expect(result.diagnostics.isEmpty)
        guard case .model(let model)? = result.definitions.first(where: { $0.name == "model" })?.value else {
            Issue.record("no model")
            return
        }
        #expect(model.history.first!.loss > model.finalLoss)
        #expect(model.history.last!.epoch == 200)
        #expect(result.values["e.accuracy"] == "1")
        #expect(result.values["e.confusion[2][2]"] == "20")
        let tables = result.tables
        #expect(tables.map(\.caption) == ["Evaluation of model on data",
                                          "Confusion matrix of model on data (rows: actual, columns: predicted)",
                                          "Models on data", "Predictions of model on data (the first 20 of 40 samples)"])
        #expect(tables[0].rows[0][1].text == "40/40 (100.0 %)")
        #expect(tables[1].rows.map { $0.map(\.text) } == [["0", "20", "0"], ["1", "0", "20"]])
        #expect(tables[2].column("accuracy") == ["40/40 (100.0 %)"])
        #expect(tables[2].column("diverged") == ["no"])
        #expect(tables[3].rows.count == 20)
        #expect(tables[3].columns == ["x1", "x2", "o1", "predicted", "label"])
    }

    @Test func sweepsGiveOneLabelledModelEach() throws {
        let result = try #require(EngineFixture.result("""
            data = moons n=30 noise=0.1
            nets = network 2-[1,3]-1 seed=3
            models = train nets on data epochs=20 rate=0.1
            net = network 2-2-1
            rates = train net on data epochs=20 rate=[0.01, 0.5]
            table models rates on data
            print models[2].loss
            """))
        #expect(result.diagnostics.isEmpty)
        #expect(result.tables[0].column("model") == ["models h = 1", "models h = 3", "rates rate = 0.01", "rates rate = 0.5"])
        guard case .modelSweep(let models)? = result.definitions.first(where: { $0.name == "models" })?.value else {
            Issue.record("no sweep")
            return
        }
        #expect(models.map(\.network.sizes) == [[2, 1, 1], [2, 3, 1]])
        #expect(result.values["models[2].loss"] == NumberFormat.shortest(models[1].finalLoss))
    }

    @Test func aDivergingTrainingWarnsAndTheBlockGoesOn() throws {
        let result = try #require(EngineFixture.result("""
            data = blobs n=40 centers=[[-20,-20],[20,20]] spread=5
            net = network 2-8-1 hidden=relu output=identity init=he
            model = train net on data epochs=500 rate=50 loss=squared
            print model.loss
            """))
        #expect(!result.hasErrors)
        let note = try #require(result.notes.first)
        #expect(note.severity == .warning)
        #expect(note.message.hasPrefix("training diverged at epoch "))
        #expect(note.message.hasSuffix("; try a smaller rate"))
        #expect(result.diagnostics == [note])
        #expect(result.values["model.loss"] != nil)
    }

    @Test func aDivergedModelCanStillBeLookedAt() throws {
        let result = try #require(EngineFixture.result("""
            data = blobs n=40 centers=[[-20,-20],[20,20]] spread=5
            net = network 2-8-1 hidden=relu output=identity init=he
            model = train net on data epochs=500 rate=50 loss=squared
            plot boundary model on data
            plot loss model log=true
            table model on data
            """))
        #expect(!result.hasErrors)
        let figures = result.figures.filter { !$0.isKey }
        #expect(figures.count == 2)
        #expect(figures[1].description.contains(", diverged at epoch "))
        #expect(result.tables[0].column("diverged").first?.hasPrefix("at epoch ") == true)
    }

    @Test func aNetworkTooLargeToTrainIsRefused() throws {
        let result = try #require(EngineFixture.result("big = network 2-5000-5000-1"))
        #expect(result.diagnostics.map(\.message) == [
            "a 2-5000-5000-1 network has 25015000 weights, more than the 10000000 a notebook may train",
        ])
        #expect(result.definitions.isEmpty)
    }

    @Test func printModelShowsWeightsAndBiasesAsTables() throws {
        let result = try #require(EngineFixture.result("""
            data = moons n=10
            net = network 2-2-1 w1=[[0.1,0.2],[0.3,0.4]] b1=[0.5,0.6] w2=[[0.7,0.8]]
            m = train net on data epochs=1 rate=0.1
            print net
            print m
            """))
        let tables = result.tables
        #expect(tables.map(\.caption) == [
            "net: layer 1 (tanh), weights and biases", "net: layer 2 (sigmoid), weights and biases", "m",
            "m: layer 1 (tanh), weights and biases", "m: layer 2 (sigmoid), weights and biases",
        ])
        #expect(tables[0].columns == ["neuron", "from x1", "from x2", "bias"])
        #expect(tables[0].rows.map { $0.map(\.text) } == [["h1", "w1 = 0.1", "w2 = 0.2", "0.5"],
                                                          ["h2", "w3 = 0.3", "w4 = 0.4", "0.6"]])
        #expect(tables[1].rows.map { $0.map(\.text) } == [["o1", "w5 = 0.7", "w6 = 0.8", "0"]])
        #expect(tables[2].column("epochs") == ["1"])
    }

    @Test func exportsWriteCSVAndJSON() throws {
        let result = try #require(EngineFixture.result("""
            data = blobs n=2 centers=[[0.5,1],[2,3]] spread=0
            net = network 2-1 output=sigmoid w1=[[0.25,-0.5]]
            m = train net on data epochs=2 rate=0.1 record=1
            export data to "points.csv"
            export m to "m.json"
            export m.history to "loss.csv"
            """))
        let files = result.items.compactMap { item -> (String, String)? in
            guard case .export(let name, let data) = item else { return nil }
            return (name, String(decoding: data, as: UTF8.self))
        }
        #expect(files.map(\.0) == ["points.csv", "m.json", "loss.csv"])
        #expect(files[0].1.split(separator: "\n").first == "x1,x2,label")
        #expect(Set(files[0].1.split(separator: "\n").dropFirst()) == ["0.5,1,0", "2,3,1"])
        #expect(files[1].1.contains("\"sizes\": [2, 1]"))
        #expect(files[1].1.contains("\"activation\": \"sigmoid\""))
        #expect(files[2].1.split(separator: "\n").map { $0.split(separator: ",").first! } == ["epoch", "0", "1", "2"])
    }
}

@Suite struct SweepMemberTests {
    @Test func evaluateAndPredictOneMemberOfASweep() throws {
        let result = try #require(EngineFixture.result("""
            data = blobs n=40 centers=[[-2,-2],[2,2]] spread=0.5 seed=1
            nets = network 2-[1,3]-1 seed=3
            models = train nets on data epochs=100 rate=0.5
            second = evaluate models[2] on data
            print second.accuracy
            predict models[1] on data
            """))
        #expect(result.diagnostics.isEmpty)
        #expect(result.values == ["second.accuracy": "1"])
        #expect(result.tables.contains { $0.caption.hasPrefix("Predictions of models[1] on data") })
        #expect(result.tables.first?.caption.contains("models[2]") == true)
    }
}
