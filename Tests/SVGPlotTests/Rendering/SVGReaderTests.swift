import Testing

@testable import SVGPlot

@Suite struct SVGReaderTests {
    /// What PathData writes reads back as the same absolute points.
    @Test func pathDataReadsBackAsItsPoints() {
        var path = PathData()
        path.polygon([(1, 2), (4, 6), (4.5, -1.25), (0.25, 0)])
        path.rectangle(x: 10, y: 20, width: 5, height: 2)
        path.circle(x: 30, y: 40, radius: 3.5)
        let points = SVGReader.vertices(ofPath: path.text)
        let expected: [(Double, Double)] = [(1, 2), (4, 6), (4.5, -1.25), (0.25, 0), (10, 20), (15, 20), (15, 22), (10, 22),
                                            (26.5, 40), (33.5, 40), (26.5, 40)]
        #expect(points.count == expected.count)
        for (a, b) in zip(points, expected) { #expect(abs(a.0 - b.0) < 1e-9 && abs(a.1 - b.1) < 1e-9) }
    }

    @Test func textsAndLegendBoxes() {
        let svg = Figure.scatter(Scatter(x: [0, 1], y: [0, 1], classes: [0, 1]), key: "r").svg()
        #expect(SVGReader.legendBoxes(svg).count == 1)
        #expect(SVGReader.texts(svg).contains { $0.text == "class 1" && $0.class == nil })
        #expect(SVGReader.dataVertices(svg).count >= 2)
    }
}
