import Foundation
import NeuralNet
import NotebookLanguage
import Testing
@testable import Notebook

@Suite struct BlockResultCodableTests {
    func roundTrip<Value: Codable>(_ value: Value) throws -> Value {
        try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(value))
    }

    @Test func doublesKeepEveryBit() throws {
        let special: [Double] = [
            0, -0.0, .leastNonzeroMagnitude, -.leastNormalMagnitude, .greatestFiniteMagnitude, .infinity,
            -.infinity, .nan, Double(bitPattern: 0x7ff8_0000_0000_beef), 0.1 + 0.2, 1 / 3,
        ]
        let back = try roundTrip(SessionValue.vector(special))
        guard case .vector(let values) = back else { Issue.record("not a vector: \(back)"); return }
        #expect(values.map(\.bitPattern) == special.map(\.bitPattern))
        let matrix = try roundTrip(Matrix(rows: 2, columns: 2, values: [.nan, -0.0, 1e-310, 2]))
        #expect(matrix.values.map(\.bitPattern) == [Double.nan, -0.0, 1e-310, 2].map(\.bitPattern))
    }

    @Test func everyValueOfARealNotebookRoundTrips() throws {
        let block = """
            data = moons n=30 noise=0.1 seed=1
            train, test = split data test=0.3 seed=0
            nets = network 2-[2,3]-1 hidden=tanh output=sigmoid seed=2
            net = network 2-2-1 hidden=leakyrelu output=sigmoid leak=0.05 seed=1
            model = train net on train epochs=20 rate=0.5
            models = train nets on train epochs=20 rate=0.5
            e = evaluate model on test
            t = trace net input=[0.5,-1] target=[1] loss=squared rate=0.5
            print e.accuracy
            table models on test
            plot loss models
            expect e.accuracy >= 0
            export model.history to "loss.csv"
            """
        var fixture = EngineFixture([block])
        let (checkText, results) = fixture.run()
        #expect(checkText == "")
        let result = try #require(results.first)
        #expect(result.definitions.map(\.value.kindDescription) == ["a dataset", "a dataset", "a dataset", "a network sweep", "a network", "a model", "a model sweep", "an evaluation", "a trace"])
        #expect(result.items.count >= 5)
        let back = try roundTrip(result)
        #expect(back == result)
        for (decoded, original) in zip(back.definitions, result.definitions) {
            #expect(decoded.value == original.value, "\(original.name)")
        }
    }

    @Test func warningsAndNotesRoundTrip() throws {
        let note = Diagnostic.warning(at: SourceLocation(file: "bp.md", line: 4, column: 2), "training diverged",
                                      hint: "lower the rate", length: 3)
        let result = BlockResult(items: [.note(note), .value(name: "a", text: "1"),
                                         .export(fileName: "a.csv", data: Data([0, 255, 10]))],
                                 diagnostics: [note], failedNames: ["m"])
        #expect(try roundTrip(result) == result)
    }

    @Test func damagedValuesAreErrorsNotCrashes() {
        let bad = #"{"rows":2,"columns":2,"bits":[1,2,3]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Matrix.self, from: Data(bad.utf8)) }
        let layers = #"[{"weights":{"rows":1,"columns":2,"bits":[0,0]},"biases":[0,0],"activation":{"name":"tanh"}}]"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Network.self, from: Data(layers.utf8)) }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SessionValue.self, from: Data(#"{"kind":"tensor"}"#.utf8))
        }
    }
}
