import Testing
@testable import NeuralNet

@Suite struct ArrayLinspaceTests {
    @Test func matchesNumpyBitForBit() throws {
        let fixtures = try DatasetFixtures.load()
        #expect(fixtures.linspace.count == 7)
        for expected in fixtures.linspace {
            let start = Fixture.doubles([expected.start])[0], stop = Fixture.doubles([expected.stop])[0]
            let values = [Double].linspace(from: start, to: stop, count: expected.count, includingEnd: expected.endpoint)
            #expect(values.bitPatterns == Fixture.doubles(expected.values).bitPatterns,
                    "linspace(\(start), \(stop), \(expected.count), endpoint: \(expected.endpoint))")
        }
    }

    @Test func endPointIsExact() {
        let values = [Double].linspace(from: 0, to: 0.3, count: 4)
        #expect(values.last == 0.3)
        #expect(values.first == 0)
    }
}
