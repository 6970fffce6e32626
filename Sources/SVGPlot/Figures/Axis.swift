/// One axis of a figure: its title, scale and range.
///
/// ```swift
/// var y = Axis("loss", scale: .logarithmic)
/// y.range = 0.01...2   // otherwise the data's range with a small margin
/// ```
public struct Axis: Equatable, Sendable {
    public var title: String
    public var scale: Scale
    /// The range shown; nil takes the data's range, widened by a small margin where that helps.
    public var range: ClosedRange<Double>?
    /// Roughly how many ticks to aim for on a linear axis.
    public var tickTarget: Int

    public init(_ title: String = "", scale: Scale = .linear, range: ClosedRange<Double>? = nil, tickTarget: Int = 5) {
        self.title = title
        self.scale = scale
        self.range = range
        self.tickTarget = tickTarget
    }
}
