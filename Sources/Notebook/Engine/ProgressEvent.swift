import NotebookLanguage

/// A recorded loss during training, for a progress display: which statement, which model of a
/// sweep, how far, and the loss so far.
///
/// Events of a sweep arrive from several threads, in no fixed order.
///
/// ```swift
/// interpreter.progress = { event in print("\(event.location) \(event.label) \(event.epoch)/\(event.epochs)") }
/// ```
struct ProgressEvent: Hashable, Sendable {
    var location: SourceLocation
    var label: String
    var epoch: Int
    var epochs: Int
    var loss: Double

    init(location: SourceLocation, label: String, epoch: Int, epochs: Int, loss: Double) {
        self.location = location
        self.label = label
        self.epoch = epoch
        self.epochs = epochs
        self.loss = loss
    }
}
