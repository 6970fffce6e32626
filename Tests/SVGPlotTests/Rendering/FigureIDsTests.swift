import Testing

@testable import SVGPlot

@Suite struct FigureIDsTests {
    static func lines(key: String, title: String = "Loss") -> Figure {
        Figure.lossCurves([("a", [0.9, 0.5, 0.2]), ("b", [0.8, 0.6, 0.4])], title: title, key: key)
    }

    @Test func rekeyedIsTheFigureDrawnWithTheNewKey() {
        let old = Self.lines(key: "b3-1").svg(), new = Self.lines(key: "b12-1").svg()
        #expect(old != new && old.contains("b3-1-clip-1"))
        #expect(FigureIDs.rekeyed(old, from: "b3-1", to: "b12-1") == new)
    }

    @Test func rekeyedMovesEveryPanelOfAGrid() {
        let grid = { (key: String) in
            FigureGrid(key: key, columns: 2, panels: [Self.lines(key: "p"), Self.lines(key: "q")]).svg()
        }
        #expect(grid("b2-1").contains("b2-1-clip-2"))
        #expect(FigureIDs.rekeyed(grid("b2-1"), from: "b2-1", to: "b7-1") == grid("b7-1"))
    }

    @Test func textThatLooksLikeAnIdStays() {
        let title = "see <clipPath id=\"b3-1-clip-1\"> and clip-path=\"url(#b3-1-clip-1)\""
        let svg = FigureIDs.rekeyed(Self.lines(key: "b3-1", title: title).svg(), from: "b3-1", to: "b4-1")
        #expect(svg == Self.lines(key: "b4-1", title: title).svg())
        #expect(svg.contains("&lt;clipPath id=\"b3-1-clip-1\"&gt;"))
    }

    @Test func keysAreReducedAsTheWriterReducesThem() {
        let svg = Self.lines(key: "ü b").svg()
        #expect(svg.contains("__b-clip-1"))
        #expect(FigureIDs.rekeyed(svg, from: "ü b", to: "c") == Self.lines(key: "c").svg())
    }
}
