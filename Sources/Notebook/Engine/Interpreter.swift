import Foundation
import NotebookLanguage

/// Runs a notebook's checked nn blocks, one at a time, in one session.
///
/// Each block's statements run in order; their outputs (tables, figures, printed values,
/// expectations, exports, notes) come back in a ``BlockResult`` together with the names the block
/// defined, which then join the session. Problems only a run can find (a CSV file that is
/// missing or does not fit the network, an expectation that fails, an index past the end) are
/// located diagnostics; a statement that fails leaves its names undefined and the statements
/// that need them are skipped quietly, so the author sees one error, not a cascade.
///
/// ```swift
/// var interpreter = Interpreter(notebookDirectory: URL(fileURLWithPath: "notebooks"))
/// interpreter.progress = { event in print(event.label, event.epoch, event.loss) }
/// for (index, block) in checkedBlocks.enumerated() {
///     let result = interpreter.run(block, index: index)
///     // render result.items; report result.diagnostics
/// }
/// ```
struct Interpreter: Sendable {
    private(set) var session: Session
    /// The folder of the notebook; CSV files are read from inside it.
    var notebookDirectory: URL
    /// Called at every recorded loss while training (from several threads for a sweep).
    var progress: (@Sendable (ProgressEvent) -> Void)?
    /// The words of the page's language, for table captions and headers, axis titles, legends
    /// and notes (a block's cache key includes the language).
    var words: InterfaceWords

    init(notebookDirectory: URL, session: Session = Session(), words: InterfaceWords = .english,
                progress: (@Sendable (ProgressEvent) -> Void)? = nil) {
        self.notebookDirectory = notebookDirectory
        self.session = session
        self.words = words
        self.progress = progress
    }

    /// Runs one block and adds the names it defined to the session.
    ///
    /// - Parameters:
    ///   - index: the block's position among the notebook's nn blocks, from 0; figure keys
    ///     (`b3-1`, `b3-2`) derive from it, so SVG ids stay unique in a page.
    ///   - figureSize: the block's `size=WxH` option, in CSS pixels: one panel's size (default
    ///     480 × 360), or the whole grid's for small multiples (default 320 × 260 a panel).
    mutating func run(_ block: CheckedBlock, index: Int, figureSize: FigureSize? = nil) -> BlockResult {
        var run = BlockRun(session: session, directory: notebookDirectory, blockIndex: index,
                           figureSize: figureSize, words: words, progress: progress)
        for statement in block.statements { run.execute(statement) }
        let result = BlockResult(items: run.items, diagnostics: run.diagnostics, definitions: run.definitions,
                                 failedNames: run.failedNames)
        replay(result)
        return result
    }

    /// Adds a block's definitions without running it (a cached block).
    mutating func replay(_ result: BlockResult) {
        session.apply(result.definitions)
        session.remove(result.failedNames)
    }
}
