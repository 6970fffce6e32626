import Testing
@testable import NeuralNet

@Suite struct DatasetSplitTests {
    /// Row i's single feature is i, so the split's rows reveal which samples went where.
    func numbered(_ n: Int) -> Dataset {
        Dataset(features: Matrix(rows: n, columns: 1) { i, _ in Double(i) }, labels: (0..<n).map { $0 % 3 },
                classCount: 3, featureNames: ["index"])
    }

    @Test func matchesTrainTestSplit() throws {
        let fixtures = try DatasetFixtures.load()
        #expect(fixtures.split.count == 4)
        for expected in fixtures.split {
            var random = NumpyRandom(seed: expected.seed)
            let (train, test) = numbered(expected.samples).split(testFraction: expected.testFraction, random: &random)
            #expect(train.features.values.map { Int($0) } == expected.train)
            #expect(test.features.values.map { Int($0) } == expected.test)
        }
    }

    @Test(arguments: [(60, 0.25, 45, 15), (10, 0.3, 7, 3), (5, 0.5, 2, 3), (61, 0.1, 54, 7), (4, 0, 4, 0)])
    func sizes(samples: Int, fraction: Double, train: Int, test: Int) {
        let sizes = Dataset.splitSizes(samples: samples, testFraction: fraction)
        #expect(sizes.train == train && sizes.test == test)
        var random = NumpyRandom(seed: 0)
        let parts = numbered(samples).split(testFraction: fraction, random: &random)
        #expect(parts.train.count == train && parts.test.count == test)
    }

    @Test func deterministicDisjointAndComplete() {
        var first = NumpyRandom(seed: 5), second = NumpyRandom(seed: 5)
        let a = numbered(50).split(testFraction: 0.2, random: &first)
        let b = numbered(50).split(testFraction: 0.2, random: &second)
        #expect(a.train == b.train && a.test == b.test)
        let all = (a.train.features.values + a.test.features.values).map { Int($0) }.sorted()
        #expect(all == Array(0..<50))
        #expect(a.train.classCount == 3 && a.test.featureNames == ["index"])
        var other = NumpyRandom(seed: 6)
        #expect(numbered(50).split(testFraction: 0.2, random: &other).test != a.test)
    }
}
