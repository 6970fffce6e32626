import Testing
@testable import NeuralNet

/// make_moons, make_circles and make_blobs against scikit-learn's output, bit for bit.
@Suite struct DatasetScikitLearnTests {
    let fixtures: DatasetFixtures

    init() throws { fixtures = try DatasetFixtures.load() }

    @Test func originalArticleMoons() throws {
        var random = NumpyRandom(seed: 1)
        let moons = Dataset.makeMoons(samples: 60, noise: 1.0, random: &random)
        let expected = try #require(fixtures.moons.first { $0.seed == 1 && $0.samples == 60 })
        #expect(moons.features.rows == 60 && moons.features.columns == 2)
        #expect(moons.features.values.bitPatterns == expected.features.matrix.values.bitPatterns)
        #expect(moons.labels == expected.labels)
        #expect(moons.classCount == 2 && moons.featureNames == ["x1", "x2"])
        #expect(moons.labels.filter { $0 == 1 }.count == 30)
    }

    @Test func moonsBitForBit() {
        #expect(fixtures.moons.count == 5)
        for expected in fixtures.moons {
            var random = NumpyRandom(seed: expected.seed)
            let moons = Dataset.makeMoons(samples: expected.samples, noise: expected.noise,
                                          shuffled: expected.shuffle, random: &random)
            #expect(moons.features.values.bitPatterns == expected.features.matrix.values.bitPatterns,
                    "moons n=\(expected.samples) seed=\(expected.seed)")
            #expect(moons.labels == expected.labels, "moons n=\(expected.samples) seed=\(expected.seed)")
        }
    }

    @Test func circlesBitForBit() {
        #expect(fixtures.circles.count == 4)
        for expected in fixtures.circles {
            var random = NumpyRandom(seed: expected.seed)
            let circles = Dataset.makeCircles(samples: expected.samples, noise: expected.noise,
                                              factor: expected.factor, shuffled: expected.shuffle, random: &random)
            #expect(circles.features.values.bitPatterns == expected.features.matrix.values.bitPatterns,
                    "circles n=\(expected.samples) seed=\(expected.seed)")
            #expect(circles.labels == expected.labels, "circles n=\(expected.samples) seed=\(expected.seed)")
        }
    }

    @Test func blobsBitForBit() {
        #expect(fixtures.blobs.count == 3)
        for expected in fixtures.blobs {
            var random = NumpyRandom(seed: expected.seed)
            let blobs = Dataset.makeBlobs(samples: expected.samples, centers: expected.centers,
                                          spread: expected.spread, shuffled: expected.shuffle, random: &random)
            #expect(blobs.features.columns == expected.centers[0].count)
            #expect(blobs.classCount == expected.centers.count)
            #expect(blobs.features.values.bitPatterns == expected.features.matrix.values.bitPatterns,
                    "blobs n=\(expected.samples) seed=\(expected.seed)")
            #expect(blobs.labels == expected.labels, "blobs n=\(expected.samples) seed=\(expected.seed)")
        }
    }

    @Test func noiselessMoonsLieOnTheirArcs() {
        var random = NumpyRandom(seed: 0)
        let moons = Dataset.makeMoons(samples: 40, random: &random)
        for (point, label) in zip(moons.features.rowArrays, moons.labels) {
            // Outer moon: unit circle around (0, 0); inner: unit circle around (1, 0.5).
            let (cx, cy) = label == 0 ? (0.0, 0.0) : (1.0, 0.5)
            let radius = ((point[0] - cx) * (point[0] - cx) + (point[1] - cy) * (point[1] - cy)).squareRoot()
            #expect(abs(radius - 1) < 1e-12)
        }
    }
}
