import Testing

@testable import SVGPlot

@Suite struct PathDataTests {
    @Test func relativeLinesWithoutRepeatedCommands() {
        var path = PathData()
        path.polygon([(0, 0), (10, 0), (10, 5.5), (2.25, -1)])
        #expect(path.text == "M0 0l10 0 0 5.5-7.75-6.5z")
    }

    @Test func roundingDoesNotDrift() {
        var path = PathData()
        // Each step is 0.333… px; written as hundredths of the rounded positions, they add up.
        path.polyline((0...3).map { (Double($0) / 3, 0) })
        #expect(path.text == "M0 0l.33 0 .34 0 .33 0")
    }

    @Test func nonFinitePointsBreakTheLine() {
        var path = PathData()
        path.polyline([(0, 0), (1, 1), (.nan, 2), (3, 3), (.infinity, 4), (5, 5), (6, 6)])
        #expect(path.text == "M0 0l1 1M5 5l1 1")
    }

    @Test func rectangleAndCircle() {
        var path = PathData()
        path.rectangle(x: 1, y: 2, width: 3.004, height: 4)
        path.circle(x: 10, y: 10, radius: 2)
        #expect(path.text == "M1 2h3v4h-3zM8 10a2 2 0 1 0 4 0a2 2 0 1 0-4 0z")
    }
}
