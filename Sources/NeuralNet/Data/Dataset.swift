/// Labelled points: one sample per row of `features`, one class index per sample.
///
/// Class indices run from 0 to `classCount - 1`. A network with one output predicts class 1 when
/// its output is at least 0.5; a network with several outputs predicts the largest.
public struct Dataset: Equatable, Sendable {
    public var features: Matrix
    public var labels: [Int]
    public var classCount: Int
    /// Column names for tables and exports (`x1`, `x2`, … unless a CSV header named them).
    public var featureNames: [String]
    /// What each class index stands for (`0`, `1`, … unless a CSV's labels were text).
    public var classNames: [String]

    public init(features: Matrix, labels: [Int], classCount: Int? = nil, featureNames: [String]? = nil,
                classNames: [String]? = nil) {
        precondition(features.rows == labels.count, "\(features.rows) samples but \(labels.count) labels")
        precondition(labels.allSatisfy { $0 >= 0 }, "negative class label")
        self.features = features
        self.labels = labels
        let classCount = classCount ?? ((labels.max() ?? 0) + 1)
        precondition(labels.allSatisfy { $0 < classCount }, "label beyond the class count")
        self.classCount = classCount
        let names = featureNames ?? (0..<features.columns).map { "x\($0 + 1)" }
        precondition(names.count == features.columns, "\(names.count) names for \(features.columns) features")
        self.featureNames = names
        let classes = classNames ?? (0..<classCount).map(String.init)
        precondition(classes.count == classCount, "\(classes.count) class names for \(classCount) classes")
        self.classNames = classes
    }

    public var count: Int { labels.count }
    public var featureCount: Int { features.columns }

    /// The samples at the given indices, in that order.
    public func selecting(_ indices: [Int]) -> Dataset {
        Dataset(features: features.selectingRows(indices), labels: indices.map { labels[$0] },
                classCount: classCount, featureNames: featureNames, classNames: classNames)
    }

    /// Targets for a network with `outputs` outputs: the label itself for one output,
    /// one-hot rows otherwise.
    public func targets(outputs: Int) -> Matrix {
        targets(outputs: outputs, rows: 0..<count)
    }

    /// The targets of the samples in `rows` only.
    func targets(outputs: Int, rows: Range<Int>) -> Matrix {
        if outputs == 1 {
            return Matrix(rows: rows.count, columns: 1, values: labels[rows].map(Double.init))
        }
        return Matrix(rows: rows.count, columns: outputs) { i, j in labels[rows.lowerBound + i] == j ? 1 : 0 }
    }
}
