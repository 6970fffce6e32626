@testable import Notebook
import Testing

/// The classic 2-2-2 worked example (Mazur): one forward pass, error, backward pass and update.
@Suite struct BlockRunValuesTests {
    static let mazur = """
        mazur = network 2-2-2 hidden=sigmoid output=sigmoid \\
            w1=[[0.15,0.20],[0.25,0.30]] b1=[0.35,0.35] \\
            w2=[[0.40,0.45],[0.50,0.55]] b2=[0.60,0.60]
        t = trace mazur input=[0.05,0.10] target=[0.01,0.99] loss=squared rate=0.5
        """

    @Test func workedExampleThroughTraceAndExpect() throws {
        let result = try #require(EngineFixture.result(Self.mazur + """

            expect t.out[1][1] = 0.5932699921 tol=1e-9
            expect t.output[1] = 0.7513650696 tol=1e-9
            expect t.output[2] = 0.7729284653 tol=1e-9
            expect t.error = 0.2983711088 tol=1e-9
            expect t.delta[2][1] = 0.1384985616 tol=1e-9
            expect t.grad.w5 = 0.0821670406 tol=1e-9
            expect t.new.w5 = 0.3589164797 tol=1e-9
            expect t.new.w1 = 0.1497807161 tol=1e-9
            expect t.new.w8 = 0.5613701211 tol=1e-9
            expect t.net[1][1] >= 0.3775
            """))
        #expect(result.diagnostics.isEmpty)
        #expect(result.expectations.count == 10)
        #expect(result.expectations.allSatisfy { $0.hasPassed })
        #expect(result.expectations[1].statement == "t.output[1] = 0.7513650696 ± 1e-09")
    }

    @Test func traceShowsTheHandCalculationTables() throws {
        let result = try #require(EngineFixture.result(Self.mazur))
        let tables = result.tables
        #expect(tables.map(\.caption) == ["t: forward pass", "t: error (squared)", "t: backward pass", "t: gradients",
                                          "t: update with rate 0.5"])
        #expect(tables[0].column("neuron") == ["x1", "x2", "h1", "h2", "o1", "o2"])
        #expect(tables[0].column("output") == ["0.05", "0.1", "0.5932699921", "0.5968843783", "0.7513650696",
                                               "0.7729284653"])
        #expect(tables[1].column("error").last == "0.2983711088")
        #expect(tables[3].column("parameter") == ["w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8",
                                                  "b[1][1]", "b[1][2]", "b[2][1]", "b[2][2]"])
        #expect(tables[3].column("connection")[4] == "h1 → o1")
        #expect(tables[3].column("gradient")[4] == "0.08216704056")
        #expect(tables[4].column("after")[0] == "0.1497807161")
        #expect(tables[4].column("before")[4] == "0.4")
    }

    @Test func aFailingExpectationIsALocatedError() throws {
        let blocks = [Self.mazur + "\nexpect t.output[1] = 0.7513 tol=1e-9"]
        let result = try #require(EngineFixture.results(blocks).first)
        #expect(result.hasErrors)
        #expect(EngineFixture.formatted(result.diagnostics, blocks: blocks) == """
            t.md:7:1: error: expectation failed: t.output[1] is 0.75136507 but should be 0.7513 ± 1e-09
               7 | expect t.output[1] = 0.7513 tol=1e-9
                 | ^ it differs by 6.51e-05; correct the expected value or widen 'tol'
            1 error

            """)
        #expect(result.expectations.map(\.hasPassed) == [false])
    }

    @Test(arguments: [
        ("expect t.output[3] = 1", "index 3 is out of range: 't.output' has 2 elements"),
        ("expect t.new.w9 = 1", "there is no weight w9: 't' has w1…w8"),
        ("expect t.output = 1", "'t.output' is a list of numbers, not a number"),
    ])
    func referencesOnlyARunCanCheck(_ line: String, _ message: String) throws {
        let result = try #require(EngineFixture.result(Self.mazur + "\n" + line))
        #expect(result.diagnostics.map(\.message) == [message])
    }

    @Test func comparisonsOtherThanEqualityAreExact() throws {
        let result = try #require(EngineFixture.result(Self.mazur + """

            expect t.error < 0.3
            expect t.error > 0.3
            """))
        #expect(result.expectations.map(\.hasPassed) == [true, false])
        #expect(result.diagnostics.map(\.message) == ["expectation failed: t.error is 0.29837111 but should be > 0.3"])
    }

    @Test func trainingOnOneSampleLowersTheError() throws {
        let result = try #require(EngineFixture.result(Self.mazur + """

            drill = train mazur input=[0.05,0.10] target=[0.01,0.99] epochs=1000 rate=0.5 record=100
            expect drill.history[1] = 0.2983711088 tol=1e-9
            expect drill.loss < 0.01
            """))
        #expect(result.diagnostics.isEmpty)
        guard case .model(let drill)? = result.definitions.last?.value else {
            Issue.record("no model")
            return
        }
        #expect(drill.history.map(\.epoch) == Array(stride(from: 0, through: 1000, by: 100)))
        #expect(zip(drill.history, drill.history.dropFirst()).allSatisfy { $0.loss > $1.loss })
    }
}
