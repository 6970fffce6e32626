/// How the curve of series `index` is drawn: colour, dash pattern and end marker, so that curves
/// that lie on top of each other stay apart, and never by colour alone.
struct LineStyle {
    /// Solid first, then patterns distinct at a glance.
    static let dashes: [String?] = [nil, "7 3", "2 3", "10 3 2 3", "4 2", "1 3", "14 4", "6 2 1 2"]
    static let markerRadius = 3.2

    var color: Color
    var dash: String?
    var marker: Marker

    init(_ series: LineSeries, index: Int) {
        color = series.color ?? Palette.color(index)
        // A series asked to be dashed (a derivative) never gets the solid pattern: it takes one no
        // other position uses.
        dash = LineStyle.dashes[index % LineStyle.dashes.count] ?? (series.isDashed ? "5 2 1 2 1 2" : nil)
        marker = Palette.marker(index)
    }
}
