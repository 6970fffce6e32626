import Testing

@testable import MathML

struct MathAlphabetTests {
    @Test(arguments: [
        (MathAlphabet.bold, "W", "𝐖"), (.bold, "b", "𝐛"), (.bold, "7", "𝟕"), (.bold, "θ", "𝛉"), (.bold, "Ω", "𝛀"),
        (.boldItalic, "x", "𝒙"), (.boldItalic, "θ", "𝜽"), (.boldItalic, "Θ", "𝚯"), (.boldItalic, "ϵ", "𝝐"),
        (.italic, "h", "ℎ"), (.italic, "a", "𝑎"), (.doubleStruck, "R", "ℝ"), (.doubleStruck, "E", "𝔼"),
        (.doubleStruck, "1", "𝟙"), (.script, "L", "ℒ"), (.script, "A", "𝒜"), (.fraktur, "g", "𝔤"),
        (.sansSerif, "x", "𝗑"), (.monospace, "x", "𝚡"), (.upright, "x", "x"), (.bold, "+", "+"),
    ])
    func stylesLettersAsMathematicalAlphanumerics(_ alphabet: MathAlphabet, _ plain: String, _ styled: String) {
        let scalar = plain.unicodeScalars.first!
        #expect(String(alphabet.styled(scalar)) == styled)
    }

    // The bold Greek block: ∇ sits between Ω and α, ∂ and the variants follow ω.
    @Test func boldGreekBlockOrder() {
        #expect(String(MathAlphabet.bold.styled("∇")) == "𝛁")
        #expect(String(MathAlphabet.bold.styled("α")) == "𝛂")
        #expect(String(MathAlphabet.bold.styled("∂")) == "𝛛")
        #expect(String(MathAlphabet.bold.styled("ϖ")) == "𝛡")
    }
}
