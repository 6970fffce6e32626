import Testing
@testable import NeuralNet

@Suite struct PlaygroundDatasetTests {
    func make(_ kind: PlaygroundDataset, _ samples: Int = 200, noise: Double = 0, seed: UInt32 = 0) -> Dataset {
        var random = NumpyRandom(seed: seed)
        return Dataset.makePlayground(kind, samples: samples, noise: noise, random: &random)
    }

    func radius(_ point: [Double]) -> Double { (point[0] * point[0] + point[1] * point[1]).squareRoot() }

    @Test(arguments: PlaygroundDataset.allCases)
    func balancedAndDeterministic(kind: PlaygroundDataset) {
        let data = make(kind)
        #expect(data.count == 200 && data.featureCount == 2 && data.classCount == 2)
        #expect(data == make(kind))
        // Noiseless spirals use no randomness; with noise every set depends on the seed.
        let differs = make(kind, noise: 0.2) != make(kind, noise: 0.2, seed: 1)
        #expect(differs)
        #expect(make(kind, 7).count == 7)
        if kind != .xor { #expect(data.labels.filter { $0 == 1 }.count == 100) }
    }

    @Test func circleGeometry() {
        let data = make(.circle)
        for (point, label) in zip(data.features.rowArrays, data.labels) {
            if label == 1 { #expect(radius(point) < 2.5) } else { #expect(radius(point) >= 3.5 && radius(point) <= 5) }
        }
        // Noise flips labels near the boundary but leaves the points where they were.
        let noisy = make(.circle, noise: 0.5)
        #expect(noisy.features == data.features)
        #expect(noisy.labels != data.labels)
    }

    @Test func xorLabelsFollowTheSignOfTheProduct() {
        let data = make(.xor)
        for (point, label) in zip(data.features.rowArrays, data.labels) {
            #expect(label == (point[0] * point[1] >= 0 ? 1 : 0))
            #expect(abs(point[0]) >= 0.3 && abs(point[0]) <= 5.3 && abs(point[1]) >= 0.3)
        }
        let ones = data.labels.filter { $0 == 1 }.count
        #expect(ones > 70 && ones < 130)
    }

    @Test func gaussCentresAndSpread() {
        for noise in [0.0, 0.5] {
            let data = make(.gauss, 2000, noise: noise)
            for label in 0...1 {
                let rows = data.features.rowArrays.enumerated().filter { data.labels[$0.offset] == label }.map(\.element)
                let meanX = rows.map { $0[0] }.reduce(0, +) / Double(rows.count)
                let variance = rows.map { ($0[0] - meanX) * ($0[0] - meanX) }.reduce(0, +) / Double(rows.count)
                #expect(abs(meanX - (label == 1 ? 2 : -2)) < 0.15)
                // Variance 0.5 without noise, 4 at the largest noise.
                #expect(abs(variance - (noise == 0 ? 0.5 : 4)) < 0.4)
            }
        }
    }

    @Test func spiralArms() {
        let data = make(.spiral, 100)
        let rows = data.features.rowArrays
        // Without noise, point i of an arm lies at radius i/50 · 5; the arms are point reflections.
        for i in 0..<50 {
            #expect(abs(radius(rows[i]) - Double(i) / 10) < 1e-12)
            #expect(abs(rows[i][0] + rows[50 + i][0]) < 1e-12 && abs(rows[i][1] + rows[50 + i][1]) < 1e-12)
        }
        #expect(data.labels == Array(repeating: 1, count: 50) + Array(repeating: 0, count: 50))
        let noisy = make(.spiral, 100, noise: 0.5)
        let shifts = zip(noisy.features.values, data.features.values).map { abs($0 - $1) }
        #expect(shifts.allSatisfy { $0 <= 0.5 } && shifts.contains { $0 > 0.25 })
    }
}
