import NotebookLanguage
import Testing
@testable import Notebook

@Suite struct InlineValueTextTests {
    @Test(arguments: [
        (0.7987314002, InlineValueSpec.Format.significant(4), "0.7987", "0.7987"),
        (60.0, .significant(10), "60", "60"),
        (0.5, .decimals(2), "0.50", "0.50"),
        (-0.0145365614, .significant(3), "-0.0145", "-0.0145"),
        (0.00002207417, .significant(3), "2.21e-05", "2.21 \\times 10^{-5}"),
        (1.5e20, .significant(2), "1.5e+20", "1.5 \\times 10^{20}"),
        (Double.nan, .significant(4), "NaN", "\\mathrm{NaN}"),
        (-Double.infinity, .decimals(2), "−∞", "-\\infty"),
    ] as [(Double, InlineValueSpec.Format, String, String)])
    func writesNumbersForTextAndTeX(value: Double, format: InlineValueSpec.Format, text: String, tex: String) {
        #expect(InlineValueText.text(value, format) == text)
        #expect(InlineValueText.tex(value, format) == tex)
    }

    /// In prose a number is typeset: a true minus sign, a power of ten with superscripts.
    @Test(arguments: [
        (-0.0145365614, InlineValueSpec.Format.significant(3), "\u{2212}0.0145"),
        (0.00002207417, .significant(3), "2.21 × 10⁻⁵"),
        (-1.5e20, .significant(2), "\u{2212}1.5 × 10²⁰"),
        (0.7987314002, .significant(4), "0.7987"),
        (-Double.infinity, .decimals(2), "−∞"),
    ] as [(Double, InlineValueSpec.Format, String)])
    func writesNumbersForProse(value: Double, format: InlineValueSpec.Format, prose: String) {
        #expect(InlineValueText.prose(value, format) == prose)
    }
}
