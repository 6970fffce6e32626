import Foundation
import Testing

@testable import SVGPlot

/// SVGPlot writes English by default; a caller writing another language replaces each text it
/// would write: a diverged curve's note, an untitled figure's title, a colour key's title and
/// description. Full-width characters are measured a full em.
@Suite struct LanguageOverridesTests {
    @Test func aDivergedCurveShowsTheCallersNote() {
        var figure = DivergenceTests.rates
        let english = figure.svg()
        #expect(english.contains("η = 1.5 diverges at epoch 146"))
        guard case .line(var series) = figure.layers[3] else { Issue.record("not a line"); return }
        series.divergenceNote = "η = 1.5 在第 146 轮发散"
        figure.layers[3] = .line(series)
        let chinese = figure.svg()
        #expect(chinese.contains("η = 1.5 在第 146 轮发散"))
        #expect(!chinese.contains("diverges"))
    }

    @Test func anUntitledFigureTakesTheCallersTitle() {
        var figure = Figure.scatter(Scatter(x: [0, 1], y: [0, 1], classes: [0, 1]), key: "s")
        #expect(figure.svg().contains("<title>X₂ against x₁: 2 points in 2 classes</title>"))
        figure.untitledText = "纵轴 x₂，横轴 x₁"
        #expect(figure.svg().contains("<title>纵轴 x₂，横轴 x₁</title>"))
        figure.title = "两个点"
        #expect(figure.svg().contains("<title>两个点</title>"))
    }

    @Test func aColourKeyTakesTheCallersTitleAndDescription() {
        let grid = Grid(x: 0...1, y: 0...1, columns: 5, rows: 5) { x, _ in x }
        var key = ColorKey(title: "p(class 1)", regions: DecisionRegions(grid, valueRange: 0...1), key: "k")
        #expect(key.svg().contains("<title>Colour key: classes and p(class 1)</title>"))
        key.accessibleText = (title: "颜色图例", description: "阴影表示 p(类别 1)")
        let svg = key.svg()
        #expect(svg.contains("<title>颜色图例</title>") && svg.contains("<desc>阴影表示 p(类别 1)</desc>"))
        #expect(key.regions.range == 0...1)
    }

    @Test func fullWidthCharactersTakeAFullEm() {
        #expect(FontMetrics.width("特征，１", size: 10) == 40)
        #expect(FontMetrics.width("特征", size: 10) == 20)
    }
}
