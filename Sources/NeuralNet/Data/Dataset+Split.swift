extension Dataset {
    /// The train and test sizes `split(testFraction:random:)` produces for `samples` samples.
    ///
    /// As scikit-learn's `train_test_split`: the test set has `⌈testFraction · samples⌉` samples,
    /// the training set the rest. Check that both are non-empty before splitting a notebook's data.
    ///
    /// ```swift
    /// Dataset.splitSizes(samples: 60, testFraction: 0.25)  // (train: 45, test: 15)
    /// ```
    public static func splitSizes(samples: Int, testFraction: Double) -> (train: Int, test: Int) {
        precondition(testFraction >= 0 && testFraction <= 1, "test fraction \(testFraction) outside 0...1")
        let test = Int((testFraction * Double(samples)).rounded(.up))
        return (samples - test, test)
    }

    /// A seeded random split into a training set and a test set.
    ///
    /// Equal to scikit-learn's `train_test_split(X, y, test_size=testFraction)` with numpy's global
    /// generator in the state of `random`: one permutation of the sample indices; its first
    /// `⌈testFraction · count⌉` entries are the test set and the rest the training set, each in
    /// permutation order. Both parts keep the class count and feature names.
    ///
    /// ```swift
    /// var random = NumpyRandom(seed: 0)
    /// let (train, test) = data.split(testFraction: 0.25, random: &random)  // 45 and 15 of 60
    /// ```
    public func split(testFraction: Double, random: inout NumpyRandom) -> (train: Dataset, test: Dataset) {
        let sizes = Dataset.splitSizes(samples: count, testFraction: testFraction)
        let order = random.permutation(count)
        return (selecting(Array(order[sizes.test...])), selecting(Array(order[..<sizes.test])))
    }
}
