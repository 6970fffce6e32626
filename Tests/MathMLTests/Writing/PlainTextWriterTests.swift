import Testing
@testable import MathML

/// TeX as plain Unicode text, for SVG titles and legends.
@Suite struct PlainTextWriterTests {
    @Test(arguments: [
        (#"\eta = 0.5"#, "η = 0.5"),
        (#"x_1 + x_2"#, "x₁ + x₂"),
        (#"e^{-x}"#, "e⁻ˣ"),
        (#"w_{ij}"#, "wᵢⱼ"),
        (#"W^T"#, "Wᵀ"),
        (#"\frac{1}{2}"#, "1/2"),
        (#"\frac{a+b}{2}"#, "(a + b)/2"),
        (#"\sqrt{x}"#, "√x"),
        (#"-x"#, "−x"),
        (#"a = -b"#, "a = −b"),
        (#"\sigma(x)"#, "σ(x)"),
        (#"x_{\text{out}}"#, "xₒᵤₜ"),
        (#"x_{\text{big}}"#, "x_(big)"),
        (#"\log x"#, "log x"),
        (#"\text{rate}\ \eta"#, "rate η"),
    ])
    func writesWhatTheFormulaLooksLike(tex: String, text: String) throws {
        #expect(try TeX.plainText(tex) == text)
    }

    @Test func errorsAreTheSameAsForMathML() {
        #expect(throws: TeXError.self) { try TeX.plainText(#"\fracc{1}{2}"#) }
    }
}
