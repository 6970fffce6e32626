import Testing

@testable import SVGPlot

@Suite struct ColorMapTests {
    @Test func spectralEndsAndMiddle() {
        #expect(ColorMap.spectral.color(at: 0).hex == "#9e0142")
        #expect(ColorMap.spectral.color(at: 0.5).hex == "#ffffbf")
        #expect(ColorMap.spectral.color(at: 1).hex == "#5e4fa2")
        #expect(ColorMap.spectral.color(at: 2).hex == "#5e4fa2")
        #expect(ColorMap.spectral.color(at: .nan).hex == "#ffffbf")
    }

    @Test func mixingIsLinear() {
        #expect(Color(hex: 0x000000).mixed(with: Color(hex: 0xffffff), 0.5).hex == "#808080")
    }

    @Test func classesDifferInColourAndShape() {
        #expect(Palette.color(0) != Palette.color(1))
        #expect(Set((0..<6).map { Palette.marker($0) }).count == 6)
        #expect(Palette.marker(6) == .circle)
    }
}
