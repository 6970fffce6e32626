import Testing
import TestSupport

@testable import MathML

/// Seeded random formulas built from TeX's awkward pieces: each either converts to well-formed
/// XML or throws a TeXError that points inside the formula. Never a crash.
struct TeXFuzzTests {
    /// SplitMix64, so the formulas are the same on every run.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "x", "1", ".", "2.5", "σ", "≈", "+", "-", "=", "(", ")", "[", "]", "|", "{", "}", "^", "_", "'", "&", " ",
        #"\\"#, #"\frac"#, #"\sqrt"#, "[", #"\sum"#, #"\limits"#, #"\left("#, #"\right)"#, #"\left."#,
        #"\middle|"#, #"\text{a<b}"#, #"\text{"#, #"\mathbf"#, #"\hat"#, #"\log"#, #"\,"#, #"\displaystyle"#,
        #"\begin{aligned}"#, #"\end{aligned}"#, #"\begin{pmatrix}"#, #"\end{pmatrix}"#, #"\begin{cases}"#,
        #"\end{cases}"#, #"\operatorname{f}"#, #"\big("#, #"\alpha"#, #"\foo"#, "%", "\n", #"\{"#, "~",
    ]

    @Test func randomFormulasConvertOrThrowLocatedErrors() {
        var generator = SeededGenerator(state: 42)
        var converted = 0
        for _ in 0..<1000 {
            let count = Int.random(in: 1...12, using: &generator)
            let tex = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let length = tex.unicodeScalars.count
            for display in [false, true] {
                do {
                    let markup = try TeX.mathML(tex, display: display).render(.xml)
                    #expect(XMLCheck.error(in: markup) == nil, "\(tex)")
                    converted += 1
                } catch {
                    #expect(error.offset >= 0 && error.offset + error.length <= max(1, length), "\(tex)")
                    // One lowercase phrase: it starts with a lowercase word or a quoted token.
                    #expect(error.message.first.map { $0.isLowercase || $0 == "'" } == true, "\(tex)")
                }
            }
        }
        // Both outcomes occur: the pieces are not all errors.
        #expect(converted > 100)
    }
}
