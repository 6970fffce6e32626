import SVGPlot
import Testing

/// The code of the DocC article `SVGPlot.docc/GettingStarted.md`, so it keeps compiling and
/// drawing what it says.
@Suite struct GettingStartedTests {
    @Test func theArticlesFiguresRender() {
        let points = Scatter(x: [0.1, 0.9, 0.2, 0.8], y: [0.2, 0.8, 0.9, 0.1], classes: [0, 0, 1, 1],
                             classNames: ["no", "yes"])
        let figure = Figure.scatter(points, title: "Four points", key: "points")
        let svg: String = figure.svg()
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
        #expect(svg.contains("<title>Four points</title>"))

        let field = Grid(x: 0...1, y: 0...1, columns: 41, rows: 41) { x, y in x * y }
        let regions = Figure.decisionRegions(DecisionRegions(field, valueRange: 0...1), points: points,
                                             title: "x · y", key: "regions")
        #expect(regions.svg().contains("x · y"))

        let loss = Figure.lossCurves([("rate 0.1", [0.69, 0.4, 0.2]), ("rate 0.5", [0.69, 0.2, 0.05])],
                                     title: "Loss", xStep: 100, key: "loss")
        let both = FigureGrid(key: "both", title: "Two views", columns: 2, panels: [regions, loss])
        #expect(both.svg().contains("Two views"))
    }
}
