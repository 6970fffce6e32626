/// A model's output over the plane as filled colour bands, with the class boundary drawn as a line.
///
/// The bands come from ``Isoband`` at `bands` evenly spaced steps over `valueRange`, coloured by
/// `colorMap` at each band's middle value; the boundary is the isoline at `boundaryLevel`.
///
/// ```swift
/// let field = Grid(x: -2...3, y: -1.5...2, columns: 97, rows: 68) { x, y in model(x, y) }
/// let regions = DecisionRegions(field, valueRange: 0...1, boundaryLevel: 0.5)
/// ```
public struct DecisionRegions: Equatable, Sendable {
    public var grid: Grid
    /// The values the colour map spans; nil uses the grid's finite range.
    public var valueRange: ClosedRange<Double>?
    /// The number of colour bands.
    public var bands: Int
    /// Where to draw the boundary line; nil draws none.
    public var boundaryLevel: Double?
    public var colorMap: ColorMap

    public init(
        _ grid: Grid, valueRange: ClosedRange<Double>? = nil, bands: Int = 10, boundaryLevel: Double? = 0.5,
        colorMap: ColorMap = .spectral
    ) {
        precondition(bands >= 1, "at least one band")
        self.grid = grid
        self.valueRange = valueRange
        self.bands = bands
        self.boundaryLevel = boundaryLevel
        self.colorMap = colorMap
    }

    /// The values the colour map spans: `valueRange`, else the grid's finite range (widened when flat).
    public var range: ClosedRange<Double> {
        let range = valueRange ?? grid.finiteRange ?? 0...1
        return range.lowerBound < range.upperBound ? range : (range.lowerBound - 1)...(range.upperBound + 1)
    }

    /// The thresholds between bands.
    var thresholds: [Double] {
        let range = self.range
        return (1..<bands).map { range.lowerBound + Double($0) / Double(bands) * (range.upperBound - range.lowerBound) }
    }

    /// The colour of a band: the map at the band's middle, its open ends clamped to the range.
    func color(of band: Isoband) -> Color {
        let range = self.range, span = range.upperBound - range.lowerBound
        let lower = max(band.lower, range.lowerBound), upper = min(band.upper, range.upperBound)
        return colorMap.color(at: ((lower + upper) / 2 - range.lowerBound) / span)
    }

    /// "decision regions over x from −1.5 to 2.5 and y from −1.2 to 1.7, values from 0 to 1 in 10
    /// bands; 46 % of the area lies at or above the boundary 0.5".
    var summary: String {
        let f = { NumberFormat.significant($0, 3) }
        var text = "decision regions over x from \(f(grid.x.lowerBound)) to \(f(grid.x.upperBound))"
            + " and y from \(f(grid.y.lowerBound)) to \(f(grid.y.upperBound)),"
            + " values from \(f(range.lowerBound)) to \(f(range.upperBound)) in \(bands) bands"
        if let level = boundaryLevel {
            // Rings are oriented, holes against outer boundaries: the signed areas sum to the region's area.
            let above = abs(MarchingSquares(grid).rings(above: level).map(\.signedArea).reduce(0, +))
            let total = (grid.x.upperBound - grid.x.lowerBound) * (grid.y.upperBound - grid.y.lowerBound)
            // Coordinates near ±1e308 make the area overflow: no share then, rather than a trap.
            let share = 100 * above / total
            let percent = total > 0 && share.isFinite ? Int(share.rounded()) : 0
            text += "; \(percent) % of the area lies at or above the boundary \(f(level))"
        }
        return text
    }
}
