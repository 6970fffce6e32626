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

    var range: ClosedRange<Double> {
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

    /// "model output over x −2…3, y −1.5…2 in 10 bands from 0 to 1, boundary at 0.5".
    var summary: String {
        let f = NumberFormat.significant
        var text = "filled bands of a value over x from \(f(grid.x.lowerBound, 3)) to \(f(grid.x.upperBound, 3))"
            + " and y from \(f(grid.y.lowerBound, 3)) to \(f(grid.y.upperBound, 3)),"
            + " ranging from \(f(range.lowerBound, 3)) to \(f(range.upperBound, 3))"
        if let level = boundaryLevel { text += ", with the boundary at \(f(level, 3))" }
        return text
    }
}
