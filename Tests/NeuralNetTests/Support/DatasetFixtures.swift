import NeuralNet

/// The contents of `Fixtures/datasets.json` (see make_fixtures.py).
struct DatasetFixtures: Decodable {
    struct Moons: Decodable {
        let seed: UInt32; let samples: Int; let noise: Double?; let shuffle: Bool
        let features: FixtureMatrix; let labels: [Int]
    }
    struct Circles: Decodable {
        let seed: UInt32; let samples: Int; let noise: Double?; let factor: Double; let shuffle: Bool
        let features: FixtureMatrix; let labels: [Int]
    }
    struct Blobs: Decodable {
        let seed: UInt32; let samples: Int; let centers: [[Double]]; let spread: Double; let shuffle: Bool
        let features: FixtureMatrix; let labels: [Int]
    }
    struct Split: Decodable {
        let seed: UInt32; let samples: Int; let testFraction: Double; let train: [Int]; let test: [Int]
    }
    struct Linspace: Decodable {
        let start: String; let stop: String; let count: Int; let endpoint: Bool; let values: [String]
    }
    let moons: [Moons]
    let circles: [Circles]
    let blobs: [Blobs]
    let split: [Split]
    let linspace: [Linspace]

    static func load() throws -> DatasetFixtures { try Fixture.load("datasets.json", as: DatasetFixtures.self) }
}
