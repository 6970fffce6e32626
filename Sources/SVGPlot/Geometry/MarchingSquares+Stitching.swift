extension MarchingSquares {
    /// All segments at `level`, stitched into polylines in plane coordinates.
    ///
    /// With `closedAtBorder`, the grid is surrounded by a ring of virtual values below every level
    /// and crossings towards them are placed on the border itself, so every region closes along
    /// the border. Edges are identified by integer keys, so stitching never compares floats.
    func contours(level: Double, closedAtBorder: Bool) -> [Polyline] {
        let pad = closedAtBorder ? 1 : 0
        var next: [Int: Int] = [:]
        var order: [Int] = []
        var targets = Set<Int>()
        for row in -pad..<(grid.rows - 1 + pad) {
            for column in -pad..<(grid.columns - 1 + pad) {
                let a = value(column, row), b = value(column + 1, row)
                let c = value(column + 1, row + 1), d = value(column, row + 1)
                let corners = (a >= level ? 8 : 0) | (b >= level ? 4 : 0) | (c >= level ? 2 : 0) | (d >= level ? 1 : 0)
                if corners == 0 || corners == 15 { continue }
                let isCentreAbove = (a + b + c + d) / 4 >= level
                for segment in MarchingSquares.segments(corners: corners, isCentreAbove: isCentreAbove) {
                    let from = edgeKey(segment.from, column, row), to = edgeKey(segment.to, column, row)
                    next[from] = to
                    order.append(from)
                    targets.insert(to)
                }
            }
        }
        var lines: [Polyline] = []
        // Open lines start where no segment ends; what remains are loops. `order` keeps the result
        // independent of dictionary order.
        for start in order where !targets.contains(start) && next[start] != nil {
            lines.append(follow(from: start, next: &next, level: level, isClosed: false))
        }
        for start in order where next[start] != nil {
            lines.append(follow(from: start, next: &next, level: level, isClosed: true))
        }
        return lines.map { $0.droppingCollinearPoints() }.filter { $0.points.count >= ($0.isClosed ? 3 : 2) }
    }

    private func follow(from start: Int, next: inout [Int: Int], level: Double, isClosed: Bool) -> Polyline {
        var points = [crossing(start, level: level)]
        var key = start
        while let following = next.removeValue(forKey: key) {
            key = following
            if key == start { break }
            points.append(crossing(key, level: level))
        }
        return Polyline(points, isClosed: isClosed)
    }

    // MARK: - Edges and crossings

    /// The grid value, or −∞ for the virtual ring around the grid.
    private func value(_ column: Int, _ row: Int) -> Double {
        guard column >= 0, row >= 0, column < grid.columns, row < grid.rows else { return -.infinity }
        return grid[column: column, row: row]
    }

    /// A key for the edge on `side` of the cell whose top-left corner is (`column`, `row`):
    /// horizontal edges are keyed by their left end, vertical edges by their upper end.
    private func edgeKey(_ side: Side, _ column: Int, _ row: Int) -> Int {
        let (c, r, isVertical): (Int, Int, Bool)
        switch side {
        case .top: (c, r, isVertical) = (column, row, false)
        case .bottom: (c, r, isVertical) = (column, row + 1, false)
        case .left: (c, r, isVertical) = (column, row, true)
        case .right: (c, r, isVertical) = (column + 1, row, true)
        }
        return (((r + 1) * (grid.columns + 2) + (c + 1)) << 1) | (isVertical ? 1 : 0)
    }

    /// Where the value crosses `level` along the edge `key`, in plane coordinates.
    private func crossing(_ key: Int, level: Double) -> Point {
        let isVertical = key & 1 == 1
        let cell = key >> 1
        let column = cell % (grid.columns + 2) - 1, row = cell / (grid.columns + 2) - 1
        let (endColumn, endRow) = isVertical ? (column, row + 1) : (column + 1, row)
        let start = value(column, row), end = value(endColumn, endRow)
        let t: Double
        if start == -.infinity, !isInside(column, row) {
            t = 1  // towards the virtual ring: on the border point itself
        } else if end == -.infinity, !isInside(endColumn, endRow) {
            t = 0
        } else if start.isFinite, end.isFinite, start != end {
            // Linear interpolation: t = (level − v₀) / (v₁ − v₀)
            t = min(1, max(0, (level - start) / (end - start)))
        } else {
            t = 0.5
        }
        let gridColumn = Double(column) + (isVertical ? 0 : t)
        let gridRow = Double(row) + (isVertical ? t : 0)
        return Point(grid.xPosition(column: gridColumn), grid.yPosition(row: gridRow))
    }

    private func isInside(_ column: Int, _ row: Int) -> Bool {
        column >= 0 && row >= 0 && column < grid.columns && row < grid.rows
    }
}
