/// One curve of a line plot: a label for the legend and points joined in order.
///
/// Points whose coordinates are not finite (a loss that became NaN or ∞) break the line there;
/// the rest of the curve is still drawn.
///
/// ```swift
/// let loss = LineSeries("h = 4", values: [0.69, 0.41, 0.2], xStep: 1000)   // x = 0, 1000, 2000
/// let tanh = LineSeries.sampling("tanh", over: -5...5) { Foundation.tanh($0) }
/// ```
public struct LineSeries: Equatable, Sendable {
    public var label: String
    public var points: [Point]
    /// The colour; nil takes the palette colour of the series' position.
    public var color: Color?
    /// Whether to draw the curve dashed (derivatives beside their functions, for example).
    public var isDashed: Bool
    /// The x at which the series diverged (a training whose loss overflowed), or nil. A diverged
    /// series does not set the y range: it is clipped at the plot's edge and annotated there.
    public var divergence: Double?
    /// The note drawn where a diverged series leaves the plot, in the page's language; nil
    /// draws "LABEL diverges at AXIS X".
    public var divergenceNote: String?

    public init(_ label: String, points: [Point], color: Color? = nil, isDashed: Bool = false) {
        self.label = label
        self.points = points
        self.color = color
        self.isDashed = isDashed
        self.divergence = nil
        self.divergenceNote = nil
    }

    /// A series from parallel arrays of x and y values.
    public init(_ label: String, x: [Double], y: [Double], color: Color? = nil, isDashed: Bool = false) {
        precondition(x.count == y.count, "x and y need the same number of values")
        self.init(label, points: zip(x, y).map { Point($0, $1) }, color: color, isDashed: isDashed)
    }

    /// A series of values at x = `xStart`, `xStart + xStep`, … (a loss recorded every `xStep` iterations).
    public init(_ label: String, values: [Double], xStart: Double = 0, xStep: Double = 1, color: Color? = nil) {
        self.init(
            label, points: values.enumerated().map { Point(xStart + Double($0.offset) * xStep, $0.element) },
            color: color)
    }

    /// `function` sampled at `samples` evenly spaced points of `interval`, ends included.
    public static func sampling(
        _ label: String, over interval: ClosedRange<Double>, samples: Int = 201, color: Color? = nil,
        isDashed: Bool = false, _ function: (Double) -> Double
    ) -> LineSeries {
        precondition(samples >= 2, "sampling needs at least two points")
        let points = (0..<samples).map { index in
            let x = Grid.position(index, count: samples, in: interval)
            return Point(x, function(x))
        }
        return LineSeries(label, points: points, color: color, isDashed: isDashed)
    }

    /// The first and last finite points, for descriptions.
    var finiteEnds: (first: Point, last: Point)? {
        let finite = points.filter { $0.x.isFinite && $0.y.isFinite }
        guard let first = finite.first, let last = finite.last else { return nil }
        return (first, last)
    }

    /// "h = 4 falls from 0.69 to 0.2" when the ends are the extremes, else "… ranges from 0 to 0.25";
    /// `byEnds` always compares the first and last values (a noisy loss still falls).
    func summary(byEnds: Bool = false) -> String {
        let name = label.isEmpty ? "the curve" : label
        let values = points.filter { $0.x.isFinite && $0.y.isFinite }.map(\.y)
        guard let ends = finiteEnds, let low = values.min(), let high = values.max() else {
            return "\(name) has no finite values"
        }
        let f = { NumberFormat.significant($0, 3) }
        if low == high { return "\(name) stays at \(f(low))" }
        if byEnds, f(ends.first.y) != f(ends.last.y) {
            let verb = ends.last.y < ends.first.y ? "falls" : "rises"
            return "\(name) \(verb) from \(f(ends.first.y)) to \(f(ends.last.y))"
        }
        if ends.first.y == high && ends.last.y == low { return "\(name) falls from \(f(high)) to \(f(low))" }
        if ends.first.y == low && ends.last.y == high { return "\(name) rises from \(f(low)) to \(f(high))" }
        return "\(name) ranges from \(f(low)) to \(f(high)), ending at \(f(ends.last.y))"
    }
}
