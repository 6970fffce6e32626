/// Something drawn inside a figure's plot area, in the order given (later layers on top).
public enum PlotLayer: Equatable, Sendable {
    case line(LineSeries)
    case scatter(Scatter)
    case regions(DecisionRegions)
    case heatMap(HeatMap)

    /// Whether the layer paints the whole plot area.
    var fillsPlotArea: Bool {
        switch self {
        case .line, .scatter: false
        case .regions, .heatMap: true
        }
    }
}
