import SVGPlot
import Testing

@Suite struct PlotStyleTests {
    let figure = Figure.lossCurves([(label: "run", losses: [1, 0.5, 0.25])], title: "Loss", key: "style")

    @Test func figuresEmbedTheirStyleByDefault() {
        #expect(figure.svg().contains("<style>"))
        #expect(figure.svg().contains(PlotStyle.css))
    }

    @Test func pagesCanLeaveTheStyleOutAndLinkItOnce() {
        let bare = figure.svg(includingStyle: false)
        #expect(!bare.contains("<style>"))
        #expect(bare.contains("class=\"svgplot\""))
        let grid = FigureGrid(key: "g", columns: 2, panels: [figure, figure])
        #expect(!grid.svg(includingStyle: false).contains("<style>"))
        #expect(grid.svg().components(separatedBy: "<style>").count == 2)
    }

    @Test func theSharedStyleIsScopedAndThemeable() {
        #expect(PlotStyle.css.contains(".svgplot text{"))
        for property in ["--plot-bg", "--plot-text", "--plot-axis", "--plot-grid", "--plot-legend"] {
            #expect(PlotStyle.css.contains("var(\(property),"))
        }
    }
}
