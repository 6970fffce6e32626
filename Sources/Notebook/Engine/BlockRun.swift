import Foundation
import NeuralNet
import NotebookLanguage
import SVGPlot

/// Why a statement stopped: located diagnostics to report, or a name that an earlier failed
/// statement should have defined (already reported, so nothing more is said).
enum RunFailure: Error {
    case diagnostics([Diagnostic])
    case skipped

    static func error(at location: SourceLocation, _ message: String, hint: String? = nil) -> RunFailure {
        .diagnostics([.error(at: location, message, hint: hint)])
    }
}

/// The state of one block while it runs: the session as the block sees it, and what it has
/// produced so far.
struct BlockRun {
    var session: Session
    let directory: URL
    let blockIndex: Int
    /// The block's `size=WxH`, if given.
    let requestedSize: FigureSize?
    let progress: (@Sendable (ProgressEvent) -> Void)?
    /// The page language's words for what the block writes.
    let words: InterfaceWords
    var items: [OutputItem] = []
    var diagnostics: [Diagnostic] = []
    var definitions: [Definition] = []
    var failedNames: [String] = []
    private var figureCount = 0

    init(session: Session, directory: URL, blockIndex: Int, figureSize: FigureSize?, words: InterfaceWords = .english,
         progress: (@Sendable (ProgressEvent) -> Void)?) {
        self.words = words
        self.session = session
        self.directory = directory
        self.blockIndex = blockIndex
        self.requestedSize = figureSize
        self.progress = progress
    }

    mutating func execute(_ statement: CheckedStatement) {
        do throws(RunFailure) {
            let values = try run(statement)
            for (name, value) in zip(statement.defines, values) { define(name, value) }
        } catch {
            if case .diagnostics(let found) = error { diagnostics += found }
            // An older value of the name must not stand in for the one that failed.
            session.remove(statement.defines)
            failedNames += statement.defines
        }
    }

    /// Runs one statement; returns the values of its targets, in order.
    private mutating func run(_ statement: CheckedStatement) throws(RunFailure) -> [SessionValue] {
        let at = statement.location
        switch statement.command {
        case .moons(let spec): return [.dataset(moons(spec))]
        case .circles(let spec): return [.dataset(circles(spec))]
        case .playground(let spec): return [.dataset(playground(spec))]
        case .blobs(let spec): return [.dataset(blobs(spec))]
        case .csv(let spec): return [.dataset(try csv(spec, at: at))]
        case .points(let spec): return [.dataset(points(spec))]
        case .split(let spec): return try split(spec, at: at)
        case .network(let spec): return [try network(spec, name: statement.defines.first ?? "net", at: at)]
        case .train(let spec): return [try train(spec, name: statement.defines.first ?? "model", at: at)]
        case .trainOnSample(let spec): return [try trainOnSample(spec, name: statement.defines.first ?? "model", at: at)]
        case .evaluate(let spec): return [try evaluate(spec, at: at)]
        case .predict(let spec): try predict(spec, at: at); return []
        case .table(let spec): try table(spec, at: at); return []
        case .print(let spec): try print(spec, at: at); return []
        case .trace(let spec):
            let value = try trace(spec, at: at)
            showTrace(value, name: statement.defines.first ?? "trace", steps: spec.steps)
            return [value]
        case .expect(let spec): try expect(spec, at: at); return []
        case .plot(let spec): try plot(spec, at: at); return []
        case .surface(let spec): return [try surface(spec, at: at)]
        case .export(let spec): try export(spec, at: at); return []
        }
    }

    private mutating func define(_ name: String, _ value: SessionValue) {
        session.apply([Definition(name: name, value: value)])
        definitions.append(Definition(name: name, value: value))
    }

    // MARK: - Looking up names

    /// The value of a name the checker saw defined; `.skipped` if its statement failed.
    func value(of name: String) throws(RunFailure) -> SessionValue {
        guard let value = session[name] else { throw .skipped }
        return value
    }

    func dataset(_ name: String) throws(RunFailure) -> Dataset {
        guard case .dataset(let data) = try value(of: name) else { throw .skipped }
        return data
    }

    /// The models of a name: one for a model, several for a sweep, one for a sweep's member.
    func models(_ subject: Subject) throws(RunFailure) -> [TrainedModel] {
        let all: [TrainedModel]
        switch try value(of: subject.name) {
        case .model(let model): all = [model]
        case .modelSweep(let models): all = models
        default: throw .skipped
        }
        return try Self.members(all, of: subject)
    }

    /// The networks of a name: one for a network, several for a sweep, one for a sweep's member.
    func networks(_ subject: Subject) throws(RunFailure) -> [LabeledNetwork] {
        let all: [LabeledNetwork]
        switch try value(of: subject.name) {
        case .network(let network): all = [network]
        case .networkSweep(let networks): all = networks
        default: throw .skipped
        }
        return try Self.members(all, of: subject)
    }

    /// All of `values`, or member `subject.member` (from 1; the checker knew the sweep's size, so
    /// an index out of range means the sweep changed under it: skipped, never a trap).
    private static func members<T>(_ values: [T], of subject: Subject) throws(RunFailure) -> [T] {
        guard let member = subject.member else { return values }
        guard values.indices.contains(member - 1) else { throw .skipped }
        return [values[member - 1]]
    }

    /// Whether a subject stands for several models or networks (a sweep, not one of its members).
    func isSweep(_ subject: Subject) -> Bool {
        guard subject.member == nil else { return false }
        switch session[subject.name] {
        case .modelSweep?, .networkSweep?: return true
        default: return false
        }
    }

    // MARK: - Outputs

    /// One panel's size: the block's, or 416 × 312 (never scaled up on a page, so its text keeps
    /// its size; see SVGPlot's `TextStyle`).
    var figureSize: FigureSize { requestedSize ?? FigureSize(width: 416, height: 312) }

    /// Small multiples in `columns` columns: the block's size shared out, or 336 × 276 a panel.
    func sizedGrid(_ grid: FigureGrid) -> FigureGrid {
        guard let size = requestedSize else { return grid }
        var grid = grid
        grid.panelWidth = Double(size.width) / Double(min(grid.columns, max(1, grid.panels.count)))
        grid.panelHeight = Double(size.height) / Double(max(1, grid.rows))
        return grid
    }

    mutating func emit(_ item: OutputItem) { items.append(item) }

    /// A warning for the build's report that also shows on the page.
    /// A warning for the build log, shown on the page as `note` (the same diagnostic unless the
    /// page's language asks for other words).
    mutating func warn(_ diagnostic: Diagnostic, note: Diagnostic? = nil) {
        diagnostics.append(diagnostic)
        items.append(.note(note ?? diagnostic))
    }

    /// The next figure key of this block: `b3-1`, `b3-2`, ….
    mutating func nextFigureKey() -> String {
        figureCount += 1
        return "b\(blockIndex)-\(figureCount)"
    }
}
