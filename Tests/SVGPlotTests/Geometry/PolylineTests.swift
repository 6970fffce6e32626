import Testing

@testable import SVGPlot

@Suite struct PolylineTests {
    @Test func shoelaceAreaAndOrientation() {
        let square = Polyline([Point(0, 0), Point(2, 0), Point(2, 2), Point(0, 2)], isClosed: true)
        #expect(square.signedArea == 4)
        #expect(Polyline(square.points.reversed(), isClosed: true).signedArea == -4)
        #expect(Polyline(square.points, isClosed: false).area == 0)
    }

    @Test func collinearAndRepeatedPointsAreDropped() {
        let ring = Polyline(
            [Point(1, 0), Point(2, 0), Point(2, 0), Point(2, 1), Point(2, 2), Point(0, 2), Point(0, 0)], isClosed: true)
        // (1, 0) sits on the seam between (0, 0) and (2, 0); (2, 1) on the right side.
        #expect(ring.droppingCollinearPoints().points == [Point(2, 0), Point(2, 2), Point(0, 2), Point(0, 0)])
    }

    @Test func aLineThatTurnsBackKeepsItsTurningPoint() {
        let line = Polyline([Point(0, 0), Point(2, 0), Point(1, 0)], isClosed: false)
        #expect(line.droppingCollinearPoints().points.count == 3)
    }
}
