import Foundation
import Testing

@testable import SVGPlot

/// A diverged series does not set the y range; it is clipped and annotated where it leaves, and
/// tick labels never run into the axis title.
@Suite struct DivergenceTests {
    static var rates: Figure {
        let epochs = (0...500).map(Double.init)
        var series = [0.01, 0.1, 0.5].map { rate in
            LineSeries("η = \(rate)", x: epochs, y: epochs.map { 0.02 + 0.25 * exp(-rate * $0 / 10) })
        }
        // Grows geometrically from 0.3 until it overflows at epoch 147.
        let blowUp = (0...146).map { 0.3 * pow(1e2, Double($0)) }
        var diverged = LineSeries("η = 1.5", x: Array(epochs.prefix(147)), y: blowUp.map { min($0, 1e297) })
        diverged.divergence = 146
        series.append(diverged)
        return Figure(key: "rates", xAxis: Axis("epoch"), yAxis: Axis("loss", scale: .logarithmic), layers: series.map(PlotLayer.line))
    }

    @Test func theRangeComesFromTheSettledSeries() {
        let layout = PanelRenderer(figure: Self.rates, clipID: "c").layout
        #expect(layout.frame.yDomain.upperBound < 1)
        #expect(layout.frame.yDomain.lowerBound > 0.01)
        // The three settled curves spread over the plot's height instead of one flat line.
        let top = layout.frame.py(0.27), bottom = layout.frame.py(0.02)
        #expect(bottom - top > 0.8 * layout.frame.height)
    }

    @Test func theDivergedSeriesIsAnnotatedWhereItLeaves() throws {
        let svg = Self.rates.svg()
        let layout = PanelRenderer(figure: Self.rates, clipID: "c").layout
        let note = try #require(SVGReader.texts(svg).first { $0.text == "η = 1.5 diverges at epoch 146" })
        #expect(note.x >= layout.frame.left && note.x + FontMetrics.width(note.text, size: TextStyle.body) <= layout.frame.right)
        #expect(note.y > layout.frame.top && note.y < layout.frame.bottom)
        LegendTests.uncovered(svg)
    }

    @Test func withEverySeriesDivergedTheirValuesSetTheRange() {
        var figure = Self.rates
        figure.layers = [figure.layers[3]]
        let layout = PanelRenderer(figure: figure, clipID: "c").layout
        #expect(layout.frame.yDomain.upperBound > 1e290)
    }

    /// The y axis' title lies left of its widest tick label ("1e+297" on a diverged log axis).
    @Test(arguments: [true, false])
    func tickLabelsClearTheAxisTitle(allDiverged: Bool) throws {
        var figure = Self.rates
        if allDiverged { figure.layers = [figure.layers[3]] }
        let texts = SVGReader.texts(figure.svg())
        let title = try #require(texts.first { $0.class == "name" && $0.text == "loss" })
        let frame = PanelRenderer(figure: figure, clipID: "c").layout.frame
        let yLabels = texts.filter { $0.class == nil && abs($0.x - (frame.left - 7)) < 0.01 }
        #expect(!yLabels.isEmpty)
        for label in yLabels {
            let left = label.x - FontMetrics.width(label.text, size: TextStyle.body)
            // The rotated title's glyphs reach a quarter em right of its baseline at most.
            #expect(left >= title.x + 0.3 * TextStyle.name, "\(label.text) runs into the title")
            #expect(left >= 0)
        }
    }
}
