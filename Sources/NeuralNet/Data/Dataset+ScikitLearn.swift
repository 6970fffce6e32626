import Foundation

/// scikit-learn's toy datasets, equal bit for bit to `make_moons`, `make_circles` and `make_blobs`
/// called with numpy's global generator in the same state as `random`.
extension Dataset {
    /// Two interleaving half circles, as scikit-learn's `make_moons`.
    ///
    /// The outer moon (class 0, `samples / 2` points) is `(cos θ, sin θ)` and the inner moon
    /// (class 1, the rest) is `(1 − cos θ, 1 − sin θ − 0.5)`, θ from `np.linspace(0, π, k)`.
    /// The rows are then shuffled (an index permutation) and, when `noise` is given, each
    /// coordinate gets a Gaussian of that standard deviation, row by row. A noise of 0 still
    /// draws (as scikit-learn does); `nil` draws nothing.
    ///
    /// ```swift
    /// var random = NumpyRandom(seed: 1)
    /// let moons = Dataset.makeMoons(samples: 60, noise: 1.0, random: &random)
    /// // np.random.seed(1); make_moons(60, noise=1.0): the original article's 60 points
    /// ```
    public static func makeMoons(samples: Int, noise: Double? = nil, shuffled: Bool = true,
                                 random: inout NumpyRandom) -> Dataset {
        precondition(samples >= 0, "negative sample count \(samples)")
        let outer = [Double].linspace(from: 0, to: .pi, count: samples / 2)
        let inner = [Double].linspace(from: 0, to: .pi, count: samples - samples / 2)
        let xs = outer.map { cos($0) } + inner.map { 1 - cos($0) }
        let ys = outer.map { sin($0) } + inner.map { 1 - sin($0) - 0.5 }
        return finished(xs: xs, ys: ys, outerCount: outer.count, shuffled: shuffled, noise: noise, random: &random)
    }

    /// A small circle inside a large one, as scikit-learn's `make_circles`.
    ///
    /// The outer circle (class 0, `samples / 2` points) has radius 1 and the inner one (class 1,
    /// the rest) radius `factor`, each at angles `np.linspace(0, 2π, k, endpoint=False)`; then
    /// the same shuffle and noise as `makeMoons`.
    ///
    /// ```swift
    /// var random = NumpyRandom(seed: 0)
    /// let rings = Dataset.makeCircles(samples: 100, noise: 0.05, factor: 0.5, random: &random)
    /// ```
    public static func makeCircles(samples: Int, noise: Double? = nil, factor: Double = 0.8,
                                   shuffled: Bool = true, random: inout NumpyRandom) -> Dataset {
        precondition(samples >= 0, "negative sample count \(samples)")
        let outer = [Double].linspace(from: 0, to: 2 * .pi, count: samples / 2, includingEnd: false)
        let inner = [Double].linspace(from: 0, to: 2 * .pi, count: samples - samples / 2, includingEnd: false)
        let xs = outer.map { cos($0) } + inner.map { cos($0) * factor }
        let ys = outer.map { sin($0) } + inner.map { sin($0) * factor }
        return finished(xs: xs, ys: ys, outerCount: outer.count, shuffled: shuffled, noise: noise, random: &random)
    }

    /// Gaussian blobs, one class per centre, as scikit-learn's `make_blobs` with explicit centres.
    ///
    /// The samples are dealt out as evenly as possible (the first `samples % centers.count`
    /// centres get one more); centre k's points are `centre + spread · z` with standard
    /// Gaussians `z` drawn row by row, and belong to class k. Then the rows are shuffled.
    /// Well separated centres with a small spread give linearly separable classes.
    ///
    /// ```swift
    /// var random = NumpyRandom(seed: 0)
    /// let blobs = Dataset.makeBlobs(samples: 40, centers: [[-1, -1], [1, 1]], spread: 0.4, random: &random)
    /// ```
    public static func makeBlobs(samples: Int, centers: [[Double]], spread: Double = 1.0,
                                 shuffled: Bool = true, random: inout NumpyRandom) -> Dataset {
        precondition(samples >= 0, "negative sample count \(samples)")
        precondition(!centers.isEmpty, "blobs need at least one centre")
        let dimensions = centers[0].count
        precondition(centers.allSatisfy { $0.count == dimensions }, "centres of different dimensions")
        var values: [Double] = []
        var labels: [Int] = []
        values.reserveCapacity(samples * dimensions)
        for (k, center) in centers.enumerated() {
            let count = samples / centers.count + (k < samples % centers.count ? 1 : 0)
            for _ in 0..<count {
                for mean in center { values.append(random.normal(mean: mean, standardDeviation: spread)) }
                labels.append(k)
            }
        }
        var dataset = Dataset(features: Matrix(rows: labels.count, columns: dimensions, values: values),
                              labels: labels, classCount: centers.count)
        if shuffled { dataset = dataset.selecting(random.permutation(dataset.count)) }
        return dataset
    }

    /// The common ending of `make_moons` and `make_circles`: shuffle, then add noise row by row.
    private static func finished(xs: [Double], ys: [Double], outerCount: Int, shuffled: Bool,
                                 noise: Double?, random: inout NumpyRandom) -> Dataset {
        let labels = xs.indices.map { $0 < outerCount ? 0 : 1 }
        var dataset = Dataset(features: Matrix(rows: xs.count, columns: 2) { i, j in j == 0 ? xs[i] : ys[i] },
                              labels: labels, classCount: 2)
        if shuffled { dataset = dataset.selecting(random.permutation(dataset.count)) }
        if let noise {
            // X += normal(loc=0, scale=noise, size=X.shape): each draw is 0 + noise · z.
            for k in dataset.features.values.indices {
                dataset.features.values[k] += random.normal(mean: 0, standardDeviation: noise)
            }
        }
        return dataset
    }
}
