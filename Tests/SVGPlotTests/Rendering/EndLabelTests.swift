import Foundation
import Testing

@testable import SVGPlot

/// Curves that end at the right edge are named there, beside their end markers, instead of in a
/// legend; curves that end elsewhere keep a legend placed off the data.
@Suite struct EndLabelTests {
    /// Three curves whose ends nearly coincide: their labels are moved apart, one line each.
    static var crowded: Figure {
        let xs = (0...100).map(Double.init)
        let series = ["a", "bb", "ccc"].enumerated().map { k, name in
            LineSeries(name, x: xs, y: xs.map { 1 + exp(-$0 / 20) + 0.001 * Double(k) })
        }
        return Figure(key: "e", xAxis: Axis("epoch"), yAxis: Axis("loss"), layers: series.map(PlotLayer.line))
    }

    @Test func labelsSitRightOfThePlotApartFromEachOther() throws {
        let figure = Self.crowded
        let layout = PanelRenderer(figure: figure, clipID: "c").layout
        let svg = figure.svg()
        #expect(SVGReader.legendBoxes(svg).isEmpty)
        let labels = SVGReader.texts(svg).filter { ["a", "bb", "ccc"].contains($0.text) }
        #expect(labels.count == 3)
        for label in labels {
            #expect(abs(label.x - (layout.frame.right + 13)) < 0.01)
            #expect(label.x + FontMetrics.width(label.text, size: TextStyle.body) <= figure.width)
            #expect(label.y - 4.5 >= layout.frame.top - 0.01 && label.y - 4.5 <= layout.frame.bottom + 0.01)
        }
        let ys = labels.map(\.y).sorted()
        for (a, b) in zip(ys, ys.dropFirst()) { #expect(b - a >= 15 - 0.01) }
    }

    /// Runs of different lengths (100, 1000 and 10000 epochs) end inside the plot: a legend,
    /// off every curve, names them; distinct end markers show where each stops.
    @Test func curvesEndingInsideKeepALegend() {
        let runs = [100, 1000, 10000].map { epochs in
            let xs = stride(from: 0, through: epochs, by: max(1, epochs / 100)).map(Double.init)
            return LineSeries("run \(epochs)", x: xs, y: xs.map { 0.1 + 0.6 * exp(-$0 / 2000) })
        }
        let figure = Figure(key: "runs", xAxis: Axis("epoch"), yAxis: Axis("loss", scale: .logarithmic), layers: runs.map(PlotLayer.line))
        let svg = figure.svg()
        #expect(SVGReader.legendBoxes(svg).count == 1)
        LegendTests.uncovered(svg)
        // Three end markers of three shapes: a circle's arcs, a square and a triangle.
        let markers = svg.components(separatedBy: "<g class=\"edge\">")[1].components(separatedBy: "</g>")[0]
        #expect(markers.components(separatedBy: "<path").count - 1 == 3)
    }
}
