// Classifying with a trained network: a single output means class 1 when it is at least 0.5;
// several outputs mean the class of the largest (the first of equal largest ones).

extension Network {
    /// The predicted class of each sample (one per row).
    ///
    /// ```swift
    /// net.predict(Matrix([[0.1, 0.2], [2, 1]]))   // e.g. [0, 1]
    /// ```
    public func predict(_ batch: Matrix) -> [Int] {
        var classes: [Int] = []
        classes.reserveCapacity(batch.rows)
        forEachBatch(of: batch, throughLayer: layers.count - 1) { _, _, outputs in
            classes += Network.classes(of: outputs)
        }
        return classes
    }

    /// Classes from network outputs: threshold 0.5 for one column, argmax otherwise.
    public static func classes(of outputs: Matrix) -> [Int] {
        (0..<outputs.rows).map { i in
            let row = outputs.row(i)
            if row.count == 1 { return row[0] >= 0.5 ? 1 : 0 }
            var best = 0
            for j in 1..<row.count where row[j] > row[best] { best = j }
            return best
        }
    }

    /// The fraction of samples whose predicted class is their label, from 0 to 1.
    public func accuracy(on data: Dataset) throws(NeuralNetError) -> Double {
        try checkFits(data)
        guard data.count > 0 else { return 0 }
        let predicted = predict(data.features)
        var correct = 0
        for (p, label) in zip(predicted, data.labels) where p == label { correct += 1 }
        return Double(correct) / Double(data.count)
    }

    /// Counts by actual class (rows) and predicted class (columns), `classes × classes` where
    /// `classes` is the larger of the dataset's class count and what the outputs can predict.
    ///
    /// ```swift
    /// try net.confusionMatrix(on: data)   // [[28, 2], [1, 29]]
    /// ```
    public func confusionMatrix(on data: Dataset) throws(NeuralNetError) -> [[Int]] {
        try checkFits(data)
        return confusionMatrix(of: predict(data.features), on: data)
    }

    /// The confusion matrix of classes already predicted for `data`'s samples (one each).
    public func confusionMatrix(of predicted: [Int], on data: Dataset) -> [[Int]] {
        let classes = max(data.classCount, outputCount == 1 ? 2 : outputCount)
        var counts = [[Int]](repeating: [Int](repeating: 0, count: classes), count: classes)
        for (p, label) in zip(predicted, data.labels) { counts[label][p] += 1 }
        return counts
    }

    /// The loss on a whole dataset, its targets made by `Dataset.targets(outputs:)`.
    public func loss(on data: Dataset, loss: Loss) throws(NeuralNetError) -> Double {
        try checkFits(data)
        try loss.checkCompatible(withOutput: layers[layers.count - 1].activation)
        return evaluation(on: data, loss: loss).loss
    }

    /// The predicted classes and the loss on a whole dataset, in one forward pass made a batch
    /// at a time (the loss's terms summed in the same order as one pass over all the samples).
    public func evaluation(on data: Dataset, loss: Loss) -> (classes: [Int], loss: Double) {
        var classes: [Int] = []
        classes.reserveCapacity(data.count)
        var sum = 0.0
        forEachBatch(of: data.features, throughLayer: layers.count - 1) { rows, netInputs, outputs in
            classes += Network.classes(of: outputs)
            loss.accumulate(outputs: outputs, netInputs: netInputs, targets: data.targets(outputs: outputCount, rows: rows),
                            into: &sum)
        }
        return (classes, sum / Double(data.count))
    }
}
