import Testing

@testable import SVGPlot

@Suite struct NumberFormatReadingTests {
    @Test(arguments: [
        (0.751365069552, 10, "0.7513650696"), (60, 10, "60"), (0.1 + 0.2, 10, "0.3"), (-0.0, 10, "0"),
        (1.5e-5, 10, "1.5e-05"), (123456.789, 3, "123000"), (0.0821670405, 3, "0.0822"), (-2.5, 10, "-2.5"),
        (Double.nan, 10, "NaN"), (Double.infinity, 10, "∞"), (-Double.infinity, 10, "−∞"),
        // A diverged loss: no stray digits from inexact powers of ten.
        (2.0300000000000003e+303, 10, "2.03e+303"), (-3.0466969030000005e+306, 10, "-3.046696903e+306"),
        (9.99999999999e40, 3, "1e+41"), (Double.greatestFiniteMagnitude, 10, "1.797693135e+308"),
    ])
    func significantDigitsTrimmed(_ value: Double, _ digits: Int, _ text: String) {
        #expect(NumberFormat.shortest(value, digits: digits) == text)
    }

    @Test func fixedKeepsTrailingZeros() {
        #expect(NumberFormat.shortest(0.7987314002, decimals: 8) == "0.79873140")
        #expect(NumberFormat.shortest(86.66666, decimals: 1) == "86.7")
        #expect(NumberFormat.shortest(100, decimals: 1) == "100.0")
    }

    @Test func infinitiesDifferOnlyInTheirMinusSign() {
        // Figures write a hyphen-minus, text to read a minus sign: each as it always has.
        #expect(NumberFormat.fixed(-.infinity, decimals: 2) == "-∞" && NumberFormat.significant(-.infinity) == "-∞")
        #expect(NumberFormat.shortest(-.infinity) == "−∞" && NumberFormat.shortest(-.infinity, decimals: 2) == "−∞")
        #expect(NumberFormat.fixed(.nan, decimals: 2) == "NaN" && NumberFormat.shortest(.nan) == "NaN")
        #expect(NumberFormat.written(.infinity) == "∞" && NumberFormat.coordinate(.infinity) == "∞")
    }

    @Test func readingAndFigureStylesDifferWhereTheyAlwaysHave() {
        #expect(NumberFormat.shortest(0.000015, digits: 3) == "1.5e-05")
        #expect(NumberFormat.significant(0.000015, 3) == "0.000015")
        #expect(NumberFormat.shortest(0.00001, decimals: 5) == "1e-05")
        #expect(NumberFormat.fixed(0.00001, decimals: 5) == "0.00001")
    }

    @Test func percentShowsCountAndShare() {
        #expect(NumberFormat.percent(52, of: 60) == "52/60 (86.7 %)")
        #expect(NumberFormat.percent(0, of: 0) == "0/0 (0.0 %)")
    }
}
