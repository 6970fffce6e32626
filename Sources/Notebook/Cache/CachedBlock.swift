import NotebookLanguage
import SVGPlot

/// A block's result as stored in the cache, with where the block stood when it ran.
///
/// Keys leave out a block's position, so a result computed at one place can be shown at another
/// (after prose above it changed, or blocks were reordered). Two things in a result depend on
/// the position: diagnostics carry line numbers in the notebook, and figure keys (`b3-1`) carry
/// the block's index, which the SVG's ids repeat. ``relocated(index:firstLine:notebookPath:)``
/// moves both, giving exactly what running the block at its new place gives. The cache knows
/// nothing of SVGPlot's ids: SVGPlot writes them again for the new key (`FigureIDs.rekeyed`).
///
/// ```swift
/// let stored = CachedBlock(index: 3, firstLine: 40, result: result)
/// stored.relocated(index: 5, firstLine: 52, notebookPath: "notebooks/bp.md")   // keys b5-…, lines +12
/// ```
struct CachedBlock: Codable, Equatable, Sendable {
    /// The block's index among the notebook's nn blocks when it ran.
    var index: Int
    /// The line of its opening fence when it ran.
    var firstLine: Int
    var result: BlockResult

    init(index: Int, firstLine: Int, result: BlockResult) {
        self.index = index
        self.firstLine = firstLine
        self.result = result
    }

    /// The result as if the block had run at `index`, its fence on `firstLine`.
    func relocated(index newIndex: Int, firstLine newLine: Int, notebookPath: String) -> BlockResult {
        guard newIndex != index || newLine != firstLine else { return result }
        var result = result
        let shift = newLine - firstLine
        let move = { (diagnostic: Diagnostic) -> Diagnostic in
            guard diagnostic.location.file == notebookPath else { return diagnostic }
            var moved = diagnostic
            moved.location.line += shift
            return moved
        }
        result.diagnostics = result.diagnostics.map(move)
        result.items = result.items.map { item in
            switch item {
            case .note(let diagnostic): .note(move(diagnostic))
            case .figure(let figure) where newIndex != index: .figure(rekeyed(figure, to: newIndex))
            default: item
            }
        }
        return result
    }

    /// The figure with its key's block index replaced (`b3-1` → `b5-1`); SVGPlot, which wrote the
    /// SVG's ids from the key, writes them again for the new one.
    private func rekeyed(_ figure: RenderedFigure, to newIndex: Int) -> RenderedFigure {
        let oldPrefix = "b\(index)-"
        guard figure.key.hasPrefix(oldPrefix) else { return figure }
        var moved = figure
        moved.key = "b\(newIndex)-" + figure.key.dropFirst(oldPrefix.count)
        moved.svg = FigureIDs.rekeyed(figure.svg, from: figure.key, to: moved.key)
        return moved
    }
}
