/// A grid of values shown as coloured cells (equal neighbours merged into rectangles) or as
/// smooth contour bands.
///
/// Values are quantised into `levels` colours of `colorMap` over `valueRange`; each value's cell
/// is centred on its grid point.
///
/// ```swift
/// let activations = Grid(columns: 60, rows: 4, values: flat, x: 1...60, y: 1...4)
/// let map = HeatMap(activations, valueRange: -1...1, colorMap: .spectral)
/// ```
public struct HeatMap: Equatable, Sendable {
    /// Cells, or contour bands through the grid points.
    public enum Style: Equatable, Sendable {
        case cells
        case bands
    }

    public var grid: Grid
    public var valueRange: ClosedRange<Double>?
    public var levels: Int
    public var colorMap: ColorMap
    public var style: Style

    public init(
        _ grid: Grid, valueRange: ClosedRange<Double>? = nil, levels: Int = 16, colorMap: ColorMap = .blues,
        style: Style = .cells
    ) {
        precondition(levels >= 2, "at least two colour levels")
        self.grid = grid
        self.valueRange = valueRange
        self.levels = levels
        self.colorMap = colorMap
        self.style = style
    }

    var range: ClosedRange<Double> {
        let range = valueRange ?? grid.finiteRange ?? 0...1
        return range.lowerBound < range.upperBound ? range : (range.lowerBound - 1)...(range.upperBound + 1)
    }

    /// The extent the cells cover: half a cell beyond the outer grid points (the grid's own
    /// extent for bands).
    var extent: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        guard style == .cells else { return (grid.x, grid.y) }
        let dx = (grid.x.upperBound - grid.x.lowerBound) / Double(grid.columns - 1) / 2
        let dy = (grid.y.upperBound - grid.y.lowerBound) / Double(grid.rows - 1) / 2
        return ((grid.x.lowerBound - dx)...(grid.x.upperBound + dx), (grid.y.lowerBound - dy)...(grid.y.upperBound + dy))
    }

    /// The colour level of a value, 0..<levels; non-finite values have none.
    func level(of value: Double) -> Int? {
        guard value.isFinite else { return nil }
        let range = self.range
        let t = (value - range.lowerBound) / (range.upperBound - range.lowerBound)
        return min(levels - 1, max(0, Int((t * Double(levels)).rounded(.down))))
    }

    func color(ofLevel level: Int) -> Color {
        colorMap.color(at: (Double(level) + 0.5) / Double(levels))
    }

    /// Rectangles of equal level in grid indices: runs along a row, merged with identical runs
    /// in the rows below. Ordered by level, then row, then column.
    func mergedCells() -> [(level: Int, column: Int, row: Int, width: Int, height: Int)] {
        var open: [[Int]: (row: Int, height: Int)] = [:]  // [column, width, level] → first row, rows
        var done: [(level: Int, column: Int, row: Int, width: Int, height: Int)] = []
        for row in 0...grid.rows {
            var runs: [[Int]] = []
            if row < grid.rows {
                var column = 0
                while column < grid.columns {
                    let level = self.level(of: grid[column: column, row: row])
                    var end = column + 1
                    while end < grid.columns, self.level(of: grid[column: end, row: row]) == level { end += 1 }
                    if let level { runs.append([column, end - column, level]) }
                    column = end
                }
            }
            let current = Set(runs)
            for (run, start) in open where !current.contains(run) {
                done.append((run[2], run[0], start.row, run[1], start.height))
                open[run] = nil
            }
            for run in runs {
                if let start = open[run] { open[run] = (start.row, start.height + 1) } else { open[run] = (row, 1) }
            }
        }
        return done.sorted { ($0.level, $0.row, $0.column) < ($1.level, $1.row, $1.column) }
    }

    var summary: String {
        let f = NumberFormat.significant
        let values = grid.finiteRange.map { "values from \(f($0.lowerBound, 3)) to \(f($0.upperBound, 3))" } ?? "no finite values"
        return "a heat map of \(grid.rows) × \(grid.columns) values, \(values)"
    }
}
