/// Where the legend sits inside the plot area.
public enum LegendPosition: Equatable, Sendable {
    case topRight, topLeft, bottomRight, bottomLeft
    /// No legend.
    case hidden
}
