/// What `evaluate` measured: accuracy, loss and the confusion matrix of a model on a dataset.
///
/// ```swift
/// evaluation.accuracy    // 0.8667
/// evaluation.correct     // 52 of evaluation.count = 60
/// evaluation.confusion   // [[28, 2], [6, 24]]: rows actual, columns predicted
/// ```
struct Evaluation: Hashable, Sendable {
    var correct: Int
    var count: Int
    var loss: Double
    var confusion: [[Int]]
    var classNames: [String]

    init(correct: Int, count: Int, loss: Double, confusion: [[Int]], classNames: [String]) {
        self.correct = correct
        self.count = count
        self.loss = loss
        self.confusion = confusion
        self.classNames = classNames
    }

    var accuracy: Double { count == 0 ? 0 : Double(correct) / Double(count) }
}
