import Testing

@testable import MathML

struct MathMLWriterTests {
    @Test(arguments: [(0.1667, "0.1667em"), (1, "1em"), (-0.1667, "-0.1667em"), (1.623, "1.623em"), (0.33333, "0.3333em")])
    func formatsLengthsWithoutLocaleOrTrailingZeros(_ value: Double, _ text: String) {
        #expect(MathMLWriter.em(value) == text)
    }

    @Test func keepsSpacesAtTheEdgesOfText() {
        #expect(MathMLWriter.keepingEdgeSpaces(" if ") == "\u{A0}if\u{A0}")
        #expect(MathMLWriter.keepingEdgeSpaces("a b") == "a b")
        #expect(MathMLWriter.keepingEdgeSpaces("") == "")
    }

    @Test func binaryOperatorsAfterRelationsAndOpeningsAreUnary() {
        let writer = MathMLWriter()
        let minus = MathNode.op(MathOperator("−", .binary))
        let afterOpen = writer.row([.op(MathOperator("(", .open)), minus, .identifier("x", isUpright: false)])
        #expect(afterOpen.render(.xml) == #"<mrow><mo stretchy="false">(</mo><mo form="prefix">−</mo><mi>x</mi></mrow>"#)
        let afterIdentifier = writer.row([.identifier("a", isUpright: false), minus, .identifier("x", isUpright: false)])
        #expect(afterIdentifier.render(.xml) == "<mrow><mi>a</mi><mo>−</mo><mi>x</mi></mrow>")
    }

    @Test func sizedDelimitersUnderScriptsKeepTheirSize() {
        let writer = MathMLWriter()
        let paren = MathNode.op(MathOperator(")", .close, isFence: true, size: 1.2))
        let node = writer.element(.scripts(base: paren, sub: nil, sup: .identifier("n", isUpright: false), hasLimits: false))
        #expect(node.render(.xml) == #"<msup><mrow><mo fence="true" stretchy="true" minsize="1.2em" maxsize="1.2em">)</mo></mrow><mi>n</mi></msup>"#)
    }
}
