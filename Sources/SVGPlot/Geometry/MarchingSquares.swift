/// Contours of a ``Grid`` by marching squares.
///
/// Each cell of four neighbouring values is one of 16 cases by which corners lie at or above the
/// level; a crossing sits on each edge whose ends differ, placed by linear interpolation. The two
/// saddle cases (diagonal corners alike) are resolved by the cell's centre value, the mean of its
/// corners. Segments are oriented so the region at or above the level lies on their right, then
/// stitched into polylines through the edges they share.
///
/// ```swift
/// let disk = Grid(x: -1...1, y: -1...1, columns: 51, rows: 51) { x, y in 0.5 - (x * x + y * y).squareRoot() }
/// let rings = MarchingSquares(disk).rings(above: 0)   // one ring, area ≈ π · 0.5²
/// ```
public struct MarchingSquares: Sendable {
    public let grid: Grid

    public init(_ grid: Grid) {
        self.grid = grid
    }

    /// Closed rings bounding the region where the value is at or above `level`.
    ///
    /// The region is closed along the grid's border, so it can be filled; outer boundaries and
    /// holes alternate, as the even-odd fill rule expects.
    public func rings(above level: Double) -> [Polyline] {
        contours(level: level, closedAtBorder: true)
    }

    /// The lines where the value crosses `level`: open lines from border to border and closed loops.
    public func isolines(at level: Double) -> [Polyline] {
        contours(level: level, closedAtBorder: false)
    }

    // MARK: - Cells

    /// A side of a cell, in the clockwise order of a walk around it: top-left → top-right → …
    enum Side: Int, CaseIterable, Sendable {
        case top, right, bottom, left
    }

    /// The oriented segments of one cell.
    ///
    /// - Parameters:
    ///   - corners: bit 3 top-left, bit 2 top-right, bit 1 bottom-right, bit 0 bottom-left; a bit
    ///     is set when that corner is at or above the level.
    ///   - isCentreAbove: for the saddles 5 and 10, whether the centre joins the corners that are above.
    static func segments(corners: Int, isCentreAbove: Bool) -> [(from: Side, to: Side)] {
        let isAbove = [corners & 8 != 0, corners & 4 != 0, corners & 2 != 0, corners & 1 != 0]
        // Walking around the cell, a side is crossed where its two corners differ.
        let crossings = Side.allCases.filter { isAbove[$0.rawValue] != isAbove[($0.rawValue + 1) % 4] }
        var result: [(from: Side, to: Side)] = []
        for (position, side) in crossings.enumerated() where isAbove[side.rawValue] {
            // An exit (above → below) pairs with the next crossing when the above corners are
            // joined through the centre, otherwise with the previous one; with two crossings both
            // are the same.
            let count = crossings.count
            let partner = isCentreAbove ? (position + 1) % count : (position + count - 1) % count
            result.append((from: side, to: crossings[partner]))
        }
        return result
    }
}
