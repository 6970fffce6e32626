import Foundation
import Testing

@testable import SVGPlot

@Suite struct MarchingSquaresTests {
    typealias Side = MarchingSquares.Side

    /// Every case by its corner bits (8 top-left, 4 top-right, 2 bottom-right, 1 bottom-left), with
    /// the segments oriented so that the corners at or above the level lie on their right.
    static let cases: [(corners: Int, segments: [String])] = [
        (0, []), (1, ["left>bottom"]), (2, ["bottom>right"]), (3, ["left>right"]), (4, ["right>top"]),
        (6, ["bottom>top"]), (7, ["left>top"]), (8, ["top>left"]), (9, ["top>bottom"]), (11, ["top>right"]),
        (12, ["right>left"]), (13, ["right>bottom"]), (14, ["bottom>left"]), (15, []),
    ]

    static func names(_ segments: [(from: Side, to: Side)]) -> [String] {
        segments.map { "\($0.from)>\($0.to)" }
    }

    @Test(arguments: cases)
    func plainCase(corners: Int, segments: [String]) {
        // Without a saddle the centre does not matter.
        #expect(Self.names(MarchingSquares.segments(corners: corners, isCentreAbove: true)) == segments)
        #expect(Self.names(MarchingSquares.segments(corners: corners, isCentreAbove: false)) == segments)
    }

    @Test func saddleFiveResolvedByCentre() {
        #expect(Self.names(MarchingSquares.segments(corners: 5, isCentreAbove: true)) == ["right>bottom", "left>top"])
        #expect(Self.names(MarchingSquares.segments(corners: 5, isCentreAbove: false)) == ["right>top", "left>bottom"])
    }

    @Test func saddleTenResolvedByCentre() {
        #expect(Self.names(MarchingSquares.segments(corners: 10, isCentreAbove: true)) == ["top>right", "bottom>left"])
        #expect(Self.names(MarchingSquares.segments(corners: 10, isCentreAbove: false)) == ["top>left", "bottom>right"])
    }

    @Test func saddleOnAGridJoinsOrSplitsTheHighCorners() {
        // Diagonal corners 1 and 1, the others 0: centre value 0.5.
        let grid = Grid(columns: 2, rows: 2, values: [1, 0, 0, 1], x: 0...1, y: 0...1)
        let joined = MarchingSquares(grid).rings(above: 0.4)
        let split = MarchingSquares(grid).rings(above: 0.6)
        #expect(joined.count == 1)
        #expect(split.count == 2)
        // Each split corner is a triangle with legs 0.4: area 0.08.
        #expect(split.allSatisfy { abs($0.area - 0.08) < 1e-12 })
    }

    @Test func diskEnclosesPiRSquared() {
        let radius = 0.6
        let grid = Grid(x: -1...1, y: -1...1, columns: 81, rows: 81) { x, y in radius - (x * x + y * y).squareRoot() }
        let rings = MarchingSquares(grid).rings(above: 0)
        #expect(rings.count == 1)
        let area = rings[0].area
        #expect(abs(area - Double.pi * radius * radius) / (Double.pi * radius * radius) < 0.01)
        #expect(rings[0].isClosed && rings[0].points.first != rings[0].points.last)
        #expect(!Self.selfIntersects(rings[0]))
    }

    @Test func annulusHasAHoleOfOppositeOrientation() {
        let grid = Grid(x: -1...1, y: -1...1, columns: 61, rows: 61) { x, y in
            let r = (x * x + y * y).squareRoot()
            return 0.3 - abs(r - 0.5)  // ≥ 0 for 0.2 ≤ r ≤ 0.8
        }
        let rings = MarchingSquares(grid).rings(above: 0)
        #expect(rings.count == 2)
        let signed = rings.map(\.signedArea)
        #expect(signed[0] * signed[1] < 0)
        let expected = Double.pi * (0.8 * 0.8 - 0.2 * 0.2)
        #expect(abs(abs(signed.reduce(0, +)) - expected) / expected < 0.01)
        #expect(rings.allSatisfy { !Self.selfIntersects($0) })
    }

    @Test func regionClosesAlongTheBorderWithoutCollinearPoints() {
        let grid = Grid(x: 0...1, y: 0...1, columns: 11, rows: 11) { x, _ in x }
        let rings = MarchingSquares(grid).rings(above: 0.25)
        #expect(rings.count == 1)
        #expect(rings[0].points.count == 4)
        #expect(abs(rings[0].area - 0.75) < 1e-12)
    }

    @Test func isolinesRunFromBorderToBorder() {
        let grid = Grid(x: 0...1, y: 0...1, columns: 11, rows: 11) { x, y in x + y }
        let lines = MarchingSquares(grid).isolines(at: 1)
        #expect(lines.count == 1)
        #expect(!lines[0].isClosed)
        // The diagonal x + y = 1, collinear points dropped: just its two ends.
        let ends = lines[0].points.map { [($0.x * 1e9).rounded() / 1e9, ($0.y * 1e9).rounded() / 1e9] }
        #expect(Set(ends) == [[0, 1], [1, 0]])
    }

    /// Whether two non-neighbouring edges of a ring cross.
    static func selfIntersects(_ ring: Polyline) -> Bool {
        let p = ring.points, n = p.count
        func orientation(_ a: Point, _ b: Point, _ c: Point) -> Double {
            (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
        }
        for i in 0..<n {
            for j in (i + 2)..<max(i + 2, n) where !(i == 0 && j == n - 1) {
                let a = p[i], b = p[(i + 1) % n], c = p[j], d = p[(j + 1) % n]
                if orientation(a, b, c) * orientation(a, b, d) < 0 && orientation(c, d, a) * orientation(c, d, b) < 0 {
                    return true
                }
            }
        }
        return false
    }
}
