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
}
