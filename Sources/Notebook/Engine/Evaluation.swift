/// What `evaluate` measured: accuracy, loss and the confusion matrix of a model on a dataset.
///
/// ```swift
/// evaluation.accuracy    // 0.8667
/// evaluation.correct     // 52 of evaluation.count = 60
/// evaluation.confusion   // [[28, 2], [6, 24]]: rows actual, columns predicted
/// ```
public struct Evaluation: Hashable, Sendable {
    public var correct: Int
    public var count: Int
    public var loss: Double
    public var confusion: [[Int]]
    public var classNames: [String]

    public init(correct: Int, count: Int, loss: Double, confusion: [[Int]], classNames: [String]) {
        self.correct = correct
        self.count = count
        self.loss = loss
        self.confusion = confusion
        self.classNames = classNames
    }

    public var accuracy: Double { count == 0 ? 0 : Double(correct) / Double(count) }
}
