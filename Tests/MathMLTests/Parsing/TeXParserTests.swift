import Testing

@testable import MathML

struct TeXParserTests {
    private func x(_ name: String = "x") -> MathNode { .identifier(name, isUpright: false) }

    @Test func anArgumentIsOneDigitButARowKeepsTheWholeNumber() throws {
        #expect(try TeX.parse("x^23.5", display: false) == [
            .scripts(base: x(), sub: nil, sup: .number("2"), hasLimits: false), .number("3.5"),
        ])
    }

    @Test func primesBecomeASuperscriptAfterTheSubscript() throws {
        #expect(try TeX.parse("w_5''", display: false) == [
            .scripts(base: x("w"), sub: .number("5"), sup: .primes("″"), hasLimits: false),
        ])
    }

    // TeX sets numerators, denominators and scripts in text style: no limits under \sum there.
    @Test(arguments: [
        (#"\frac{\sum_i x}{n}"#, false), (#"x^{\sum_i x}"#, false), (#"\sqrt{\sum_i x}"#, true),
        (#"\begin{aligned} y &= \sum_i x \end{aligned}"#, true), (#"\begin{pmatrix} \sum_i x \end{pmatrix}"#, false),
    ])
    func limitsFollowTheStyleTeXWouldUse(_ tex: String, _ expectsUnder: Bool) throws {
        let markup = try TeX.mathML(tex, display: true).render(.xml)
        #expect(markup.contains("<munder>") == expectsUnder)
        #expect(markup.contains("<msub>") == !expectsUnder)
    }

    @Test func rightHandAlignedCellsStartWithAnEmptyAtom() throws {
        let nodes = try TeX.parse(#"\begin{aligned} a &= b & c &= d \end{aligned}"#, display: true)
        let equals = MathNode.op(MathOperator("=", .relation))
        #expect(nodes == [.table(rows: [[[x("a")], [.row([]), equals, x("b")], [x("c")], [.row([]), equals, x("d")]]],
                                 layout: .aligned)])
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let limit = TeXParser.maximumDepth
        let fine = String(repeating: "{", count: limit - 1) + "x" + String(repeating: "}", count: limit - 1)
        #expect(throws: Never.self) { try TeX.mathML(fine, display: false) }
        let deep = String(repeating: "{", count: 10_000) + "x" + String(repeating: "}", count: 10_000)
        #expect(throws: TeXError(offset: limit, length: 1, "formula nested too deeply",
                                 hint: "use at most \(limit) levels of braces and arguments")) {
            try TeX.mathML(deep, display: false)
        }
        for repeated in [#"\frac1"#, #"\displaystyle "#, #"\left("#, #"\sqrt"#] {
            #expect(throws: TeXError.self) { try TeX.mathML(String(repeating: repeated, count: 5000) + "2", display: false) }
        }
    }

    @Test func displayStyleRunsToTheEndOfTheGroup() throws {
        #expect(try TeX.parse(#"a {\displaystyle b} c"#, display: false) == [
            x("a"), .row([.style(isDisplay: true, [x("b")])]), x("c"),
        ])
    }
}
