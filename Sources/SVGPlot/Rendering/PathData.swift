/// The `d` attribute of an SVG `<path>`, built from pixel coordinates.
///
/// Every number goes through ``NumberFormat/coordinate(_:)``; commands are absolute and written
/// without spaces where SVG allows it, to keep figures small.
///
/// ```swift
/// var path = PathData()
/// path.polygon([(0, 0), (10, 0), (10, 5)])
/// path.text   // "M0 0L10 0L10 5Z"
/// ```
public struct PathData: Equatable, Sendable {
    public private(set) var text = ""

    public init() {}

    public var isEmpty: Bool { text.isEmpty }

    public mutating func move(_ x: Double, _ y: Double) {
        text += "M" + NumberFormat.coordinate(x) + " " + NumberFormat.coordinate(y)
    }

    public mutating func line(_ x: Double, _ y: Double) {
        text += "L" + NumberFormat.coordinate(x) + " " + NumberFormat.coordinate(y)
    }

    public mutating func close() {
        text += "Z"
    }

    /// A closed polygon through `points`.
    public mutating func polygon(_ points: [(Double, Double)]) {
        for (index, point) in points.enumerated() {
            if index == 0 { move(point.0, point.1) } else { line(point.0, point.1) }
        }
        if !points.isEmpty { close() }
    }

    /// A polyline through `points`, broken wherever a coordinate is not finite; runs of a single
    /// point are dropped because a stroke would not show them.
    public mutating func polyline(_ points: [(Double, Double)]) {
        var run: [(Double, Double)] = []
        func flush() {
            if run.count >= 2 {
                move(run[0].0, run[0].1)
                for point in run.dropFirst() { line(point.0, point.1) }
            }
            run.removeAll(keepingCapacity: true)
        }
        for point in points {
            if point.0.isFinite && point.1.isFinite {
                // Two points that format alike add nothing to the picture.
                if let last = run.last, NumberFormat.coordinate(last.0) == NumberFormat.coordinate(point.0),
                    NumberFormat.coordinate(last.1) == NumberFormat.coordinate(point.1)
                {
                    continue
                }
                run.append(point)
            } else {
                flush()
            }
        }
        flush()
    }

    /// A circle as two arcs.
    public mutating func circle(x: Double, y: Double, radius: Double) {
        let r = NumberFormat.coordinate(radius), d = NumberFormat.coordinate(2 * radius)
        move(x - radius, y)
        text += "a" + r + " " + r + " 0 1 0 " + d + " 0a" + r + " " + r + " 0 1 0 -" + d + " 0Z"
    }

    /// An axis-aligned rectangle.
    public mutating func rectangle(x: Double, y: Double, width: Double, height: Double) {
        move(x, y)
        text += "h" + NumberFormat.coordinate(width) + "v" + NumberFormat.coordinate(height)
            + "h" + NumberFormat.coordinate(-width) + "Z"
    }
}
