/// The `d` attribute of an SVG `<path>`, built from pixel coordinates.
///
/// Each subpath starts with an absolute `M`; the points after it are written relative to the
/// previous one (`l`, then bare pairs), in whole hundredths of a pixel, so rounding never drifts
/// and long contours stay small. Numbers come from ``NumberFormat``.
///
/// ```swift
/// var path = PathData()
/// path.polygon([(0, 0), (10, 0), (10, 5.5)])
/// path.text   // "M0 0l10 0 0 5.5z"
/// ```
public struct PathData: Sendable {
    public private(set) var text = ""
    /// The current point in hundredths of a pixel.
    private var current = (x: 0, y: 0)
    /// Whether the last thing written was a relative line, so that more pairs need no command.
    private var isInLine = false

    public init() {}

    public var isEmpty: Bool { text.isEmpty }

    public mutating func move(_ x: Double, _ y: Double) {
        let point = PathData.hundredths(x, y)
        text += "M"
        appendPair(point.x, point.y)
        current = point
        isInLine = false
    }

    public mutating func line(_ x: Double, _ y: Double) {
        let point = PathData.hundredths(x, y)
        let (dx, dy) = (point.x - current.x, point.y - current.y)
        if !isInLine {
            text += "l"
        } else if dx >= 0 {
            text += " "
        }
        appendPair(dx, dy)
        current = point
        isInLine = true
    }

    public mutating func close() {
        text += "z"
        isInLine = false
    }

    /// A closed polygon through `points`.
    public mutating func polygon(_ points: [(Double, Double)]) {
        for (index, point) in points.enumerated() {
            if index == 0 { move(point.0, point.1) } else { line(point.0, point.1) }
        }
        if !points.isEmpty { close() }
    }

    /// A polyline through `points`, broken wherever a coordinate is not finite; runs of a single
    /// point are dropped because a stroke would not show them. With a `tolerance` (in pixels),
    /// each run is simplified by ``Simplification/douglasPeucker(_:tolerance:)`` first.
    public mutating func polyline(_ points: [(Double, Double)], tolerance: Double = 0) {
        var run: [(Double, Double)] = []
        func flush() {
            if run.count >= 2 {
                let kept = tolerance > 0 ? Simplification.douglasPeucker(run, tolerance: tolerance) : run
                move(kept[0].0, kept[0].1)
                for point in kept.dropFirst() { line(point.0, point.1) }
            }
            run.removeAll(keepingCapacity: true)
        }
        for point in points {
            if point.0.isFinite && point.1.isFinite {
                run.append(point)
            } else {
                flush()
            }
        }
        flush()
    }

    /// A circle as two relative arcs.
    public mutating func circle(x: Double, y: Double, radius: Double) {
        let r = NumberFormat.coordinate(radius), d = NumberFormat.coordinate(2 * radius)
        move(x - radius, y)
        text += "a" + r + " " + r + " 0 1 0 " + d + " 0a" + r + " " + r + " 0 1 0-" + d + " 0z"
        isInLine = false
    }

    /// An axis-aligned rectangle.
    public mutating func rectangle(x: Double, y: Double, width: Double, height: Double) {
        move(x, y)
        let corner = PathData.hundredths(x + width, y + height)
        let w = corner.x - current.x, h = corner.y - current.y
        text += "h" + NumberFormat.hundredths(w) + "v" + NumberFormat.hundredths(h) + "h" + NumberFormat.hundredths(-w) + "z"
        isInLine = false
    }

    // MARK: - Numbers

    private static func hundredths(_ x: Double, _ y: Double) -> (x: Int, y: Int) {
        // Far-off points (a curve leaving a clipped plot) are limited to keep integers in range.
        func units(_ value: Double) -> Int { Int((min(1e9, max(-1e9, value)) * 100).rounded()) }
        return (units(x), units(y))
    }

    /// Appends "dx dy", with the separator left out before a minus sign and the zero before a
    /// point (`-.25`), as SVG's path grammar allows.
    private mutating func appendPair(_ x: Int, _ y: Int) {
        NumberFormat.appendHundredths(x, to: &text, leadingZero: false)
        if y >= 0 { text += " " }
        NumberFormat.appendHundredths(y, to: &text, leadingZero: false)
    }
}
