/// The region of a ``Grid`` whose values lie in `lower..<upper`, as rings to fill with the
/// even-odd rule.
///
/// A band is the region at or above `lower` minus the region at or above `upper`; the second
/// lies inside the first and its rings are reversed, so the sum of the rings' signed areas is the
/// band's area and either fill rule leaves exactly the band.
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
    /// Outer boundaries and holes, outer ones in one orientation and holes in the other.
    public var rings: [Polyline]

    public init(lower: Double, upper: Double, rings: [Polyline]) {
        self.lower = lower
        self.upper = upper
        self.rings = rings
    }

    /// The bands between consecutive `thresholds` (sorted ascending), plus one below the first
    /// and one above the last; empty bands are left out.
    ///
    /// - Parameter transform: applied once to every ring of every level before the bands are
    ///   assembled (to pixels and simplified, say). A level's rings bound two bands, the one above
    ///   as its outer boundary and the one below as a hole, so both get the same transformed
    ///   ring and neighbouring bands stay watertight.
    public static func bands(
        of grid: Grid, thresholds: [Double], transform: (Polyline) -> Polyline = { $0 }
    ) -> [Isoband] {
        precondition(zip(thresholds, thresholds.dropFirst()).allSatisfy { $0 < $1 }, "thresholds must ascend")
        let squares = MarchingSquares(grid)
        // The whole grid as a region, oriented like every other region the squares produce: every
        // finite value lies above the lowest finite level, the virtual ring around the grid does not.
        let regions = ([-Double.greatestFiniteMagnitude] + thresholds).map { squares.rings(above: $0).map(transform) } + [[]]
        let bounds = [-Double.infinity] + thresholds + [Double.infinity]
        var bands: [Isoband] = []
        for index in 0..<(bounds.count - 1) where !regions[index].isEmpty {
            // The upper region reversed: its winding cancels the lower one's, so the band fills
            // correctly under the non-zero rule as well as the even-odd rule.
            let holes = regions[index + 1].map { Polyline($0.points.reversed(), isClosed: true) }
            let rings = regions[index] + holes
            bands.append(Isoband(lower: bounds[index], upper: bounds[index + 1], rings: rings))
        }
        return bands
    }
}
