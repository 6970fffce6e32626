import Testing

@testable import MathML

/// Bad TeX in, the exact error out: message, place (in Unicode scalars) and hint.
struct TeXErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var tex: String
        var offset: Int
        var length: Int
        var message: String
        var hint: String
        var testDescription: String { tex }
    }

    static let supportedList = #"weave supports: \frac, \sqrt, \sum, \prod, \int, \text, \mathbf, \left … \right, "#
        + "Greek letters and more; see the MathML module's README"
    static let alignedHint = #"put the lines in \begin{aligned} … \end{aligned}"#

    static let cases: [Case] = [
        Case(tex: #"x + \foo"#, offset: 4, length: 4, message: #"unsupported TeX command '\foo'"#, hint: supportedList),
        Case(tex: #"\fracc{1}{2}"#, offset: 0, length: 6, message: #"unsupported TeX command '\fracc'"#,
             hint: #"did you mean '\frac'?"#),
        Case(tex: #"\alpah"#, offset: 0, length: 6, message: #"unsupported TeX command '\alpah'"#, hint: #"did you mean '\alpha'?"#),
        // σ is one scalar: the offset counts scalars, not UTF-8 bytes.
        Case(tex: #"σ = \sigmaa"#, offset: 4, length: 7, message: #"unsupported TeX command '\sigmaa'"#,
             hint: #"did you mean '\sigma'?"#),
        Case(tex: #"\color{red} x"#, offset: 0, length: 6, message: #"unsupported TeX command '\color'"#,
             hint: #"formulas are drawn in one colour; remove \color{…}"#),
        Case(tex: #"\frac{1}"#, offset: 0, length: 5, message: #"missing argument for '\frac'"#, hint: #"write \frac{a}{b}"#),
        Case(tex: #"\sqrt"#, offset: 0, length: 5, message: #"missing argument for '\sqrt'"#, hint: #"write \sqrt{x} or \sqrt[n]{x}"#),
        Case(tex: "x^", offset: 1, length: 1, message: "missing argument for '^'", hint: "write x^{2}"),
        Case(tex: "{x", offset: 0, length: 1, message: "unbalanced '{'", hint: "add a matching '}'"),
        Case(tex: "x}", offset: 1, length: 1, message: "unbalanced '}'", hint: "remove it or add a matching '{' before it"),
        Case(tex: #"\sqrt[3{x}"#, offset: 5, length: 1, message: "unbalanced '['", hint: "add a matching ']'"),
        Case(tex: "a & b", offset: 2, length: 1, message: "'&' outside an aligned environment", hint: alignedHint),
        Case(tex: #"a \\ b"#, offset: 2, length: 2, message: #"'\\' outside an aligned environment"#, hint: alignedHint),
        Case(tex: #"\begin{aligned} {a & b} \end{aligned}"#, offset: 19, length: 1, message: "'&' inside braces",
             hint: "close the '{' before '&'"),
        Case(tex: #"\begin{gather} a & b \end{gather}"#, offset: 17, length: 1, message: "'&' in a 'gather' environment",
             hint: "gather has one centred column; use aligned to align at '&'"),
        Case(tex: #"\left( x"#, offset: 0, length: 5, message: #"'\left' without matching '\right'"#,
             hint: #"close it with \right) or \right. in the same group and cell"#),
        Case(tex: #"x \right)"#, offset: 2, length: 6, message: #"'\right' without matching '\left'"#,
             hint: #"add \left( or \left. before it"#),
        Case(tex: #"\left\foo x \right)"#, offset: 5, length: 4, message: #"'\foo' is not a delimiter"#,
             hint: #"use one of ( ) [ ] \{ \} | \| \langle \rangle \lfloor \rfloor \lceil \rceil or . for none"#),
        Case(tex: #"\begin{matrx} a \end{matrx}"#, offset: 0, length: 13, message: "unsupported environment 'matrx'",
             hint: "did you mean 'matrix'?"),
        Case(tex: #"\begin{pmatrix} a \end{bmatrix}"#, offset: 18, length: 13,
             message: #"'\end{bmatrix}' does not match '\begin{pmatrix}'"#, hint: #"close it with \end{pmatrix}"#),
        Case(tex: #"\begin{aligned} a &= b"#, offset: 0, length: 15, message: #"missing '\end{aligned}'"#,
             hint: #"close the environment with \end{aligned}"#),
        Case(tex: #"x \end{aligned}"#, offset: 2, length: 4, message: #"'\end' without matching '\begin'"#,
             hint: #"remove it or add \begin{…} before it"#),
        Case(tex: "x_1_2", offset: 3, length: 1, message: "double subscript",
             hint: "use braces to say which comes first, e.g. x_{a_b}"),
        Case(tex: "x^1^2", offset: 3, length: 1, message: "double superscript",
             hint: "use braces to say which comes first, e.g. x^{a^b}"),
        Case(tex: #"\text{a^b}"#, offset: 7, length: 1, message: #"'^' inside '\text'"#,
             hint: #"write \^ for the character, or end the \text{…} first"#),
        Case(tex: #"\text{\frac}"#, offset: 6, length: 5, message: #"unsupported command '\frac' inside '\text'"#,
             hint: #"end the \text{…} before math commands"#),
        Case(tex: "$x$", offset: 0, length: 1, message: "unexpected '$' in math", hint: #"write \$ for the symbol itself"#),
        Case(tex: #"x \limits"#, offset: 2, length: 7, message: #"'\limits' must follow an operator"#,
             hint: #"write it right after \sum, \int, \lim or \operatorname*{…}"#),
    ]

    @Test(arguments: cases)
    func reportsTheExactError(_ example: Case) {
        #expect(throws: TeXError(offset: example.offset, length: example.length, example.message, hint: example.hint)) {
            try TeX.mathML(example.tex, display: true)
        }
    }
}
