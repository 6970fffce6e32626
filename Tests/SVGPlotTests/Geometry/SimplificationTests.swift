import Foundation
import Testing

@testable import SVGPlot

@Suite struct SimplificationTests {
    @Test func straightRunsCollapseToTheirEnds() {
        let line = (0...100).map { (Double($0), 2 * Double($0) + 1) }
        let kept = Simplification.douglasPeucker(line, tolerance: 0.01)
        #expect(kept.map(\.0) == [0, 100])
    }

    @Test func cornersBeyondTheToleranceStay() {
        let points = [(0.0, 0.0), (1, 0.05), (2, 0), (3, 3), (4, 0)]
        let kept = Simplification.douglasPeucker(points, tolerance: 0.1)
        #expect(kept.map(\.0) == [0, 2, 3, 4])
    }

    @Test func everyDroppedPointStaysWithinTolerance() {
        let points: [(Double, Double)] = (0...2000).map { index in
            let x = Double(index) / 4
            return (x, 100 + 50 * sin(x / 22.5))
        }
        let kept = Simplification.douglasPeucker(points, tolerance: 0.25)
        #expect(kept.count < 200)
        // Each original point lies within the tolerance of the kept segment spanning its x.
        var worst = 0.0
        for (x, y) in points {
            let index = max(1, kept.firstIndex { $0.0 >= x } ?? kept.count - 1)
            let (ax, ay) = kept[index - 1], (bx, by) = kept[index]
            let length: Double = ((bx - ax) * (bx - ax) + (by - ay) * (by - ay)).squareRoot()
            let cross: Double = (bx - ax) * (y - ay) - (by - ay) * (x - ax)
            worst = max(worst, abs(cross) / length)
        }
        #expect(worst <= 0.25)
        #expect(worst > 0.1)
    }

    /// A disk of radius 120 px through a 97 × 97 grid, as a decision region is drawn: the
    /// simplified ring keeps the enclosed area within 0.5 %, stays closed and is much shorter.
    @Test func ringsKeepTheirAreaAndStayClosed() throws {
        let disk = Grid(x: -160...160, y: -160...160, columns: 97, rows: 97) { x, y in 120 - (x * x + y * y).squareRoot() }
        let rings = MarchingSquares(disk).rings(above: 0)
        #expect(rings.count == 1)
        let ring = try #require(rings.first)
        let kept = Simplification.douglasPeucker(ring: ring.points.map { ($0.x, $0.y) }, tolerance: 0.25)
        let simplified = Polyline(kept.map { Point($0.0, $0.1) }, isClosed: true)
        #expect(abs(simplified.area - ring.area) / ring.area < 0.005)
        #expect(abs(simplified.area - Double.pi * 120 * 120) / (Double.pi * 120 * 120) < 0.005)
        #expect(kept.count < ring.points.count / 2)
        // Closed: every kept point is one of the ring's, in order, and the first is kept.
        #expect(kept.first! == (ring.points[0].x, ring.points[0].y))
        #expect(simplified.isClosed)
    }

    @Test func smallRingsKeepThreeCorners() {
        let triangle = [(0.0, 0.0), (0.1, 0.0), (0.05, 0.1)]
        #expect(Simplification.douglasPeucker(ring: triangle, tolerance: 5).count == 3)
        let square = [(0.0, 0.0), (0.1, 0.0), (0.1, 0.1), (0.0, 0.1)]
        #expect(Simplification.douglasPeucker(ring: square, tolerance: 5).count == 3)
    }
}
