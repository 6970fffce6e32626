import Testing

@testable import SVGPlot

/// An author's legend corner (`isLegendPinned`) is where the legend goes, even over the data,
/// and it replaces labels at the curves' ends.
@Suite struct PinnedLegendTests {
    /// Two curves that end at the right edge, which would be labelled at their ends.
    static func figure(_ position: LegendPosition, pinned: Bool) -> Figure {
        let xs = (0...20).map(Double.init)
        var figure = Figure(key: "p", layers: [
            .line(LineSeries("a", x: xs, y: xs.map { 1 - $0 / 20 })),
            .line(LineSeries("b", x: xs, y: xs.map { $0 / 20 })),
        ], legend: position)
        figure.isLegendPinned = pinned
        return figure
    }

    @Test(arguments: [LegendPosition.topLeft, .topRight, .bottomLeft, .bottomRight])
    func thePinnedLegendSitsInItsCorner(position: LegendPosition) throws {
        let figure = Self.figure(position, pinned: true)
        let renderer = PanelRenderer(figure: figure, clipID: "c")
        let layout = renderer.layout
        let box = try #require(layout.legend?.box)
        let frame = layout.frame
        let isLeft = position == .topLeft || position == .bottomLeft
        let isTop = position == .topLeft || position == .topRight
        #expect(isLeft ? box.x == frame.left + 6 : box.right == frame.right - 6)
        #expect(isTop ? box.y == frame.top + 6 : box.bottom == frame.bottom - 6)
        #expect(SVGReader.legendBoxes(figure.svg()).count == 1)
    }

    @Test func unpinnedCurvesAreLabelledAtTheirEnds() {
        #expect(SVGReader.legendBoxes(Self.figure(.topLeft, pinned: false).svg()).isEmpty)
        #expect(PanelRenderer(figure: Self.figure(.topLeft, pinned: true), clipID: "c").endLabelWidth == nil)
    }
}
