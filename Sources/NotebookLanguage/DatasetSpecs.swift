// The typed arguments of the dataset statements, defaults filled in. Grouped in one file because
// each is a few plain fields; the interpreter turns each into a `NeuralNet.Dataset`.

/// `moons n=60 noise=1.0 seed=1`: scikit-learn's `make_moons`. Defaults: n=100, noise=0, seed=0.
///
/// ```swift
/// MoonsSpec(count: 60, noise: 1.0, seed: 1)
/// ```
public struct MoonsSpec: Hashable, Sendable {
    public var count: Int
    public var noise: Double
    public var seed: Int
    public init(count: Int, noise: Double, seed: Int) { (self.count, self.noise, self.seed) = (count, noise, seed) }
}

/// `circles n=100 noise=0.05 factor=0.5 seed=0`: scikit-learn's `make_circles`.
/// Defaults: n=100, noise=0, factor=0.8, seed=0.
public struct CirclesSpec: Hashable, Sendable {
    public var count: Int
    public var noise: Double
    /// Inner radius over outer radius, in (0, 1).
    public var factor: Double
    public var seed: Int
    public init(count: Int, noise: Double, factor: Double, seed: Int) {
        (self.count, self.noise, self.factor, self.seed) = (count, noise, factor, seed)
    }
}

/// `playground xor n=200 noise=0 seed=0`: a TensorFlow Playground set. Defaults: n=200, noise=0, seed=0.
public struct PlaygroundSpec: Hashable, Sendable {
    public var kind: PlaygroundKind
    public var count: Int
    public var noise: Double
    public var seed: Int
    public init(kind: PlaygroundKind, count: Int, noise: Double, seed: Int) {
        (self.kind, self.count, self.noise, self.seed) = (kind, count, noise, seed)
    }
}

/// `blobs n=40 centers=[[-1,-1],[1,1]] spread=0.4 seed=0`: Gaussian blobs, one class per centre
/// unless `classes=[0, 1, 1, 0]` gives each centre's class.
/// Defaults: n=100, spread=1, seed=0; `centers` is required.
public struct BlobsSpec: Hashable, Sendable {
    public var count: Int
    /// One row per blob; every row has the dataset's feature count.
    public var centers: [[Double]]
    public var spread: Double
    public var seed: Int
    /// The class of each centre's points.
    public var classes: [Int]
    public init(count: Int, centers: [[Double]], spread: Double, seed: Int, classes: [Int]? = nil) {
        (self.count, self.centers, self.spread, self.seed) = (count, centers, spread, seed)
        self.classes = classes ?? Array(centers.indices)
    }
}

/// `csv "points.csv" label=class`: a CSV file relative to the notebook. Default label column: `label`.
public struct CSVSpec: Hashable, Sendable {
    public var path: String
    public var labelColumn: String
    /// Where the path is written (the string literal), for errors about the file itself.
    public var pathLocation: SourceLocation?
    public var pathLength: Int

    public init(path: String, labelColumn: String, pathLocation: SourceLocation? = nil, pathLength: Int = 1) {
        (self.path, self.labelColumn) = (path, labelColumn)
        (self.pathLocation, self.pathLength) = (pathLocation, pathLength)
    }

    /// Equal when they read the same file the same way; where the path is written does not count.
    public static func == (a: CSVSpec, b: CSVSpec) -> Bool {
        (a.path, a.labelColumn) == (b.path, b.labelColumn)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(labelColumn)
    }
}

/// `train, test = split data test=0.25 seed=0`: a seeded shuffle, then the first part for
/// training and the rest for testing. Defaults: test=0.25, seed=0.
public struct SplitSpec: Hashable, Sendable {
    public var dataset: String
    /// The fraction of samples in the second target, in (0, 1).
    public var testFraction: Double
    public var seed: Int
    public init(dataset: String, testFraction: Double, seed: Int) {
        (self.dataset, self.testFraction, self.seed) = (dataset, testFraction, seed)
    }
}
