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

    /// Path numbers are written digit by digit; they must read as `NumberFormat.coordinate`
    /// writes them (rounding and trimming a Double), with "0." shortened to "." and no space
    /// before a minus sign.
    @Test func numbersAreNumberFormatsShortened() {
        func short(_ units: Int) -> String {
            let text = NumberFormat.coordinate(Double(units) / 100)
            if text.hasPrefix("0.") { return String(text.dropFirst()) }
            if text.hasPrefix("-0.") { return "-" + text.dropFirst(2) }
            return text
        }
        var samples = Array(-2_100...2_100)
        samples += [99_999, -100_001, 123_456_789, -100_000_000_000, 100_000_000_000]
        for units in samples {
            var path = PathData()
            path.move(Double(units) / 100, 0)
            path.line(0, Double(units) / 100)
            let (x, back) = (short(units), short(-units))
            #expect(path.text == "M\(x) 0l\(back)\(units < 0 ? "" : " ")\(x)", "units \(units)")
            #expect(NumberFormat.hundredths(units) == NumberFormat.coordinate(Double(units) / 100), "units \(units)")
        }
    }
}
