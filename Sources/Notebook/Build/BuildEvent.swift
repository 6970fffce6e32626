import NotebookLanguage

/// What a build reports as it goes, for progress displays.
public enum BuildEvent: Sendable {
    /// A notebook starts running; `blocks` nn blocks follow.
    case notebookStarted(path: String, blocks: Int)
    /// Block `index` (from 0) of `count` starts.
    case blockStarted(path: String, index: Int, count: Int)
    /// A training made progress: `label` names the model ("models (h = 4)").
    case training(path: String, label: String, epoch: Int, epochs: Int, loss: Double)
    /// A notebook's page is rendered.
    case notebookFinished(path: String)
    /// A warning that does not stop the build (divergence, keys that do nothing).
    case warning(Diagnostic, formatted: String)
}
