import Testing
import TestSupport

@testable import SVGPlot

@Suite struct ColorKeyTests {
    static var key: ColorKey {
        ColorKey(title: "p(class 1)", regions: DecisionRegions(Fixtures.field(), valueRange: 0...1), points: Fixtures.moons, key: "k")
    }

    /// The key names each class beside its marker, shows every band's colour in a bar with its
    /// ends and the boundary labelled, and says all of it in its description.
    @Test func classesBarAndBoundary() {
        let svg = Self.key.svg()
        #expect(XMLCheck.isWellFormed(svg))
        #expect(svg.contains(">class 0</text>") && svg.contains(">class 1</text>") && svg.contains(">p(class 1)</text>"))
        for label in ["0", "0.5", "1"] { #expect(svg.contains(">\(label)</text>")) }
        // Ten bands in the bar, the lowest in Spectral's colour at 0.05 as in the plot.
        #expect(svg.components(separatedBy: "fill=\"#").count - 1 == 10 + 2)
        #expect(svg.contains("fill=\"#ba1f49\""))
        #expect(svg.contains("class=\"boundary\""))
        #expect(svg.contains("<desc>Colour key: class 0 as red circles, class 1 as blue squares; shading shows p(class 1) from 0 to 1, the boundary line at 0.5.</desc>"))
    }

    /// It fits a phone's column: the bar moves under the classes when one row would be too wide.
    @Test func aNarrowKeyWrapsToTwoRows() {
        var key = Self.key
        key.maximumWidth = 600
        let wide = key.svg()
        key.maximumWidth = 336
        let narrow = key.svg()
        let width = { (svg: String) in SVGReader.attribute("width", in: svg.prefix { $0 != ">" }[...]) ?? 0 }
        let height = { (svg: String) in SVGReader.attribute("height", in: svg.prefix { $0 != ">" }[...]) ?? 0 }
        #expect(width(narrow) <= 336)
        #expect(width(narrow) < width(wide) && height(narrow) > height(wide))
    }

    /// Regions of predicted classes (no boundary level): each band is labelled with its class.
    @Test func classRegionsAreLabelledByClass() {
        let grid = Grid(x: 0...2, y: 0...1, columns: 3, rows: 2) { x, _ in x }
        let regions = DecisionRegions(grid, valueRange: 0...2, bands: 3, boundaryLevel: nil)
        let svg = ColorKey(title: "predicted class", regions: regions, key: "c").svg()
        for label in ["0", "1", "2"] { #expect(svg.contains(">\(label)</text>")) }
        #expect(!svg.contains("class=\"boundary\""))
        #expect(svg.contains("<desc>Colour key: shading shows predicted class from 0 to 2.</desc>"))
    }
}
