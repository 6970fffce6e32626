/// A point of the plane, in data coordinates.
public struct Point: Equatable, Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// A sequence of points, either open (a line) or closed (a ring whose last point joins its first).
///
/// ```swift
/// let square = Polyline([Point(0, 0), Point(1, 0), Point(1, 1), Point(0, 1)], isClosed: true)
/// square.area   // 1
/// ```
public struct Polyline: Equatable, Sendable {
    public var points: [Point]
    public var isClosed: Bool

    public init(_ points: [Point], isClosed: Bool) {
        self.points = points
        self.isClosed = isClosed
    }

    /// The signed area of a closed ring (shoelace formula); positive when counter-clockwise with y up.
    public var signedArea: Double {
        guard isClosed, points.count >= 3 else { return 0 }
        var twice = 0.0
        var previous = points[points.count - 1]
        for point in points {
            // Σ (x_i · y_{i+1} − x_{i+1} · y_i) / 2
            twice += previous.x * point.y - point.x * previous.y
            previous = point
        }
        return twice / 2
    }

    /// The unsigned area of a closed ring.
    public var area: Double { abs(signedArea) }

    /// The same line without repeated points and without points that lie on the straight line
    /// between their neighbours; a ring keeps at least its corners.
    public func droppingCollinearPoints() -> Polyline {
        var kept: [Point] = []
        kept.reserveCapacity(points.count)
        for point in points where kept.last != point {
            // Replace the middle of three collinear points by extending the run.
            while kept.count >= 2, Polyline.isCollinear(kept[kept.count - 2], kept[kept.count - 1], point) {
                kept.removeLast()
            }
            kept.append(point)
        }
        if isClosed {
            if kept.count > 1, kept.first == kept.last { kept.removeLast() }
            // The seam where the ring closes needs the same treatment in both directions.
            var changed = true
            while changed && kept.count > 3 {
                changed = false
                if Polyline.isCollinear(kept[kept.count - 1], kept[0], kept[1]) {
                    kept.removeFirst()
                    changed = true
                } else if Polyline.isCollinear(kept[kept.count - 2], kept[kept.count - 1], kept[0]) {
                    kept.removeLast()
                    changed = true
                }
            }
        }
        return Polyline(kept, isClosed: isClosed)
    }

    /// Whether `b` lies on the segment from `a` onwards to `c`, going on in the same direction.
    static func isCollinear(_ a: Point, _ b: Point, _ c: Point) -> Bool {
        let ux = b.x - a.x, uy = b.y - a.y, vx = c.x - b.x, vy = c.y - b.y
        let cross = ux * vy - uy * vx
        let scale = (abs(ux) + abs(uy)) * (abs(vx) + abs(vy))
        return abs(cross) <= 1e-9 * scale && ux * vx + uy * vy >= 0
    }
}
