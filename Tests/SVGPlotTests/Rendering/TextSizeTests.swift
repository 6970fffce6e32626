import Foundation
import Testing

@testable import SVGPlot

/// Text renders at 11–14 CSS px on a 368-pixel phone column and a 704-pixel desktop column, for a
/// single plot and for each panel of small multiples alike: a figure is drawn at its own width,
/// shrinks with the column (max-width: 100 %) and is never scaled up.
@Suite struct TextSizeTests {
    /// The font sizes the style gives each text class, read from the CSS.
    static func fontSizes(_ css: String) -> [Double] {
        css.components(separatedBy: "font-size:").dropFirst().compactMap { Double($0.prefix { $0 != "p" }) }
    }

    static func renderedSizes(_ svg: String, column: Double) -> [Double] {
        let tag = svg.prefix { $0 != ">" }
        let width = SVGReader.attribute("width", in: tag[...]) ?? .infinity
        #expect(tag.contains("max-width:100%"))
        let scale = min(1, column / width)
        return fontSizes(PlotStyle.css).map { $0 * scale }
    }

    @Test(arguments: [368.0, 704.0])
    func everyFigureKeepsItsTextReadable(column: Double) {
        var svgs = [FigureTests.lossFigure.svg(), FigureTests.decisionFigure.svg(), FigureTests.activationFigure.svg()]
        svgs += FigureGridTests.grid.panelSVGs()
        for svg in svgs {
            let sizes = Self.renderedSizes(svg, column: column)
            #expect(sizes.count >= 3)
            for size in sizes { #expect(size >= 11 && size <= 14, "\(size) px at \(column) px") }
        }
    }

    /// Every text element uses the classes the style sizes: no inline font sizes.
    @Test func noTextSetsItsOwnSize() {
        let svg = FigureTests.lossFigure.svg() + FigureGridTests.grid.svg()
        #expect(!svg.contains("font-size=\""))
        #expect(!svg.replacingOccurrences(of: PlotStyle.css, with: "").contains("font-size"))
    }
}
