/// The region of a ``Grid`` whose values lie in `lower..<upper`, as rings to fill with the
/// even-odd rule.
///
/// A band is the region at or above `lower` minus the region at or above `upper`; the second
/// lies inside the first, so filling both sets of rings even-odd leaves exactly the band.
///
/// ```swift
/// let bands = Isoband.bands(of: field, thresholds: [0.25, 0.5, 0.75])   // 4 bands
/// bands[0].lower   // -∞
/// ```
public struct Isoband: Equatable, Sendable {
    /// The smallest value in the band (−∞ for the lowest band).
    public var lower: Double
    /// The value the band stops below (+∞ for the highest band).
    public var upper: Double
    /// Outer boundaries and holes, to be filled with `fill-rule="evenodd"`.
    public var rings: [Polyline]

    public init(lower: Double, upper: Double, rings: [Polyline]) {
        self.lower = lower
        self.upper = upper
        self.rings = rings
    }

    /// The bands between consecutive `thresholds` (sorted ascending), plus one below the first
    /// and one above the last; empty bands are left out.
    public static func bands(of grid: Grid, thresholds: [Double]) -> [Isoband] {
        precondition(zip(thresholds, thresholds.dropFirst()).allSatisfy { $0 < $1 }, "thresholds must ascend")
        let squares = MarchingSquares(grid)
        let border = Polyline(
            [
                Point(grid.x.lowerBound, grid.y.lowerBound), Point(grid.x.upperBound, grid.y.lowerBound),
                Point(grid.x.upperBound, grid.y.upperBound), Point(grid.x.lowerBound, grid.y.upperBound),
            ], isClosed: true)
        let regions = [[border]] + thresholds.map { squares.rings(above: $0) } + [[]]
        let bounds = [-Double.infinity] + thresholds + [Double.infinity]
        var bands: [Isoband] = []
        for index in 0..<(bounds.count - 1) where !regions[index].isEmpty {
            let rings = regions[index] + regions[index + 1]
            bands.append(Isoband(lower: bounds[index], upper: bounds[index + 1], rings: rings))
        }
        return bands
    }
}
