import Foundation
import Markup
import Testing
import TestSupport

@testable import MathML

/// TeX in, exact presentation MathML out (the `<mrow>` tree inside `<semantics>`).
struct TeXTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var tex: String
        var display = true
        var mathML: String
        var testDescription: String { tex }
    }

    static let tutorial: [Case] = [
        Case(tex: #"\frac{\partial E_{total}}{\partial w_5} = \frac{\partial E_{total}}{\partial out_{o1}} \cdot \frac{\partial out_{o1}}{\partial net_{o1}} \cdot \frac{\partial net_{o1}}{\partial w_5}"#,
             mathML: #"<mrow><mfrac><mrow><mi>∂</mi><msub><mi>E</mi><mrow><mi>t</mi><mi>o</mi><mi>t</mi><mi>a</mi><mi>l</mi></mrow></msub></mrow><mrow><mi>∂</mi><msub><mi>w</mi><mn>5</mn></msub></mrow></mfrac><mo>=</mo><mfrac><mrow><mi>∂</mi><msub><mi>E</mi><mrow><mi>t</mi><mi>o</mi><mi>t</mi><mi>a</mi><mi>l</mi></mrow></msub></mrow><mrow><mi>∂</mi><mi>o</mi><mi>u</mi><msub><mi>t</mi><mrow><mi>o</mi><mn>1</mn></mrow></msub></mrow></mfrac><mo>⋅</mo><mfrac><mrow><mi>∂</mi><mi>o</mi><mi>u</mi><msub><mi>t</mi><mrow><mi>o</mi><mn>1</mn></mrow></msub></mrow><mrow><mi>∂</mi><mi>n</mi><mi>e</mi><msub><mi>t</mi><mrow><mi>o</mi><mn>1</mn></mrow></msub></mrow></mfrac><mo>⋅</mo><mfrac><mrow><mi>∂</mi><mi>n</mi><mi>e</mi><msub><mi>t</mi><mrow><mi>o</mi><mn>1</mn></mrow></msub></mrow><mrow><mi>∂</mi><msub><mi>w</mi><mn>5</mn></msub></mrow></mfrac></mrow>"#),
        Case(tex: #"\sigma(x) = \frac{1}{1 + e^{-x}}"#,
             mathML: #"<mrow><mi>σ</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo><mo>=</mo><mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>x</mi></mrow></msup></mrow></mfrac></mrow>"#),
        Case(tex: #"\sigma'(x) = \sigma(x)\,(1-\sigma(x))"#,
             mathML: #"<mrow><mrow><mi>σ</mi><mo lspace="0em" rspace="0em">′</mo></mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo><mo>=</mo><mi>σ</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo><mspace width="0.1667em"/><mo stretchy="false">(</mo><mn>1</mn><mo>−</mo><mi>σ</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo><mo stretchy="false">)</mo></mrow>"#),
        Case(tex: #"E = -\frac{1}{m}\sum_{i=1}^{m} \left[ t_i \log o_i + (1-t_i)\log(1-o_i) \right]"#,
             mathML: #"<mrow><mi>E</mi><mo>=</mo><mo form="prefix">−</mo><mfrac><mn>1</mn><mi>m</mi></mfrac><munderover><mo movablelimits="false">∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>m</mi></munderover><mrow><mo fence="true" stretchy="true">[</mo><msub><mi>t</mi><mi>i</mi></msub><mspace width="0.1667em"/><mi>log</mi><mo>⁡</mo><mspace width="0.1667em"/><msub><mi>o</mi><mi>i</mi></msub><mo>+</mo><mo stretchy="false">(</mo><mn>1</mn><mo>−</mo><msub><mi>t</mi><mi>i</mi></msub><mo stretchy="false">)</mo><mspace width="0.1667em"/><mi>log</mi><mo>⁡</mo><mo stretchy="false">(</mo><mn>1</mn><mo>−</mo><msub><mi>o</mi><mi>i</mi></msub><mo stretchy="false">)</mo><mo fence="true" stretchy="true">]</mo></mrow></mrow>"#),
        Case(tex: #"w_5' = w_5 - \eta \, \frac{\partial E}{\partial w_5}"#,
             mathML: #"<mrow><mrow><msub><mi>w</mi><mn>5</mn></msub><mo lspace="0em" rspace="0em">′</mo></mrow><mo>=</mo><msub><mi>w</mi><mn>5</mn></msub><mo>−</mo><mi>η</mi><mspace width="0.1667em"/><mfrac><mrow><mi>∂</mi><mi>E</mi></mrow><mrow><mi>∂</mi><msub><mi>w</mi><mn>5</mn></msub></mrow></mfrac></mrow>"#),
        Case(tex: #"W = \begin{pmatrix} w_1 & w_2 \\ w_3 & w_4 \end{pmatrix}"#,
             mathML: #"<mrow><mi>W</mi><mo>=</mo><mrow><mo fence="true" stretchy="true">(</mo><mtable><mtr><mtd><msub><mi>w</mi><mn>1</mn></msub></mtd><mtd><msub><mi>w</mi><mn>2</mn></msub></mtd></mtr><mtr><mtd><msub><mi>w</mi><mn>3</mn></msub></mtd><mtd><msub><mi>w</mi><mn>4</mn></msub></mtd></mtr></mtable><mo fence="true" stretchy="true">)</mo></mrow></mrow>"#),
        Case(tex: #"\begin{aligned} a &= b + c \\ d &= -e \\ \end{aligned}"#,
             mathML: #"<mtable displaystyle="true"><mtr><mtd columnalign="right" style="text-align: -webkit-right; padding-right: 0em"><mi>a</mi></mtd><mtd columnalign="left" style="text-align: -webkit-left; padding-left: 0em"><mrow><mrow/><mo>=</mo><mi>b</mi><mo>+</mo><mi>c</mi></mrow></mtd></mtr><mtr><mtd columnalign="right" style="text-align: -webkit-right; padding-right: 0em"><mi>d</mi></mtd><mtd columnalign="left" style="text-align: -webkit-left; padding-left: 0em"><mrow><mrow/><mo>=</mo><mo form="prefix">−</mo><mi>e</mi></mrow></mtd></mtr></mtable>"#),
        Case(tex: #"\tanh'(x) = 1 - \tanh^2(x)"#,
             mathML: #"<mrow><mrow><mi>tanh</mi><mo lspace="0em" rspace="0em">′</mo></mrow><mo>⁡</mo><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo><mo>=</mo><mn>1</mn><mo>−</mo><msup><mi>tanh</mi><mn>2</mn></msup><mo>⁡</mo><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow>"#),
    ]

    static let constructs: [Case] = [
        Case(tex: "0.7987314002", mathML: "<mn>0.7987314002</mn>"),
        Case(tex: "x^23", mathML: "<mrow><msup><mi>x</mi><mn>2</mn></msup><mn>3</mn></mrow>"),
        Case(tex: "out", mathML: "<mrow><mi>o</mi><mi>u</mi><mi>t</mi></mrow>"),
        Case(tex: "-x", mathML: "<mrow><mo>−</mo><mi>x</mi></mrow>"),
        Case(tex: "a % a comment\n b", mathML: "<mrow><mi>a</mi><mi>b</mi></mrow>"),
        Case(tex: "σ ≈ ∂", mathML: "<mrow><mi>σ</mi><mo>≈</mo><mi>∂</mi></mrow>"),
        Case(tex: #"\Gamma"#, mathML: #"<mi mathvariant="normal">Γ</mi>"#),
        Case(tex: #"a \leq b \ne c"#, mathML: "<mrow><mi>a</mi><mo>≤</mo><mi>b</mi><mo>≠</mo><mi>c</mi></mrow>"),
        Case(tex: #"\sum_{i=1}^{n} x_i"#, display: false,
             mathML: "<mrow><msubsup><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></msubsup><msub><mi>x</mi><mi>i</mi></msub></mrow>"),
        Case(tex: #"\sum\limits_{i} x"#, display: false,
             mathML: #"<mrow><munder><mo movablelimits="false">∑</mo><mi>i</mi></munder><mi>x</mi></mrow>"#),
        Case(tex: #"{\displaystyle \prod_{i} x}"#, display: false,
             mathML: #"<mrow><mstyle displaystyle="true" scriptlevel="0"><munder><mo movablelimits="false">∏</mo><mi>i</mi></munder><mi>x</mi></mstyle></mrow>"#),
        Case(tex: #"\lim_{x \to 0} f"#,
             mathML: #"<mrow><munder><mi>lim</mi><mrow><mi>x</mi><mo>→</mo><mn>0</mn></mrow></munder><mo>⁡</mo><mspace width="0.1667em"/><mi>f</mi></mrow>"#),
        Case(tex: #"\int_0^1 f"#,
             mathML: #"<mrow><msubsup><mo movablelimits="false">∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi></mrow>"#),
        Case(tex: #"\sin x + \max(a)"#,
             mathML: #"<mrow><mi>sin</mi><mo>⁡</mo><mspace width="0.1667em"/><mi>x</mi><mo>+</mo><mi>max</mi><mo>⁡</mo><mo stretchy="false">(</mo><mi>a</mi><mo stretchy="false">)</mo></mrow>"#),
        Case(tex: #"\operatorname{softmax}(z)"#,
             mathML: #"<mrow><mi>softmax</mi><mo>⁡</mo><mo stretchy="false">(</mo><mi>z</mi><mo stretchy="false">)</mo></mrow>"#),
        Case(tex: #"\left. \frac{a}{b} \right|_{0}"#,
             mathML: #"<msub><mrow><mfrac><mi>a</mi><mi>b</mi></mfrac><mo fence="true" stretchy="true">|</mo></mrow><mn>0</mn></msub>"#),
        Case(tex: #"\left\{ x \middle| x > 0 \right\}"#,
             mathML: #"<mrow><mo fence="true" stretchy="true">{</mo><mi>x</mi><mo fence="true" stretchy="true">|</mo><mi>x</mi><mo>&gt;</mo><mn>0</mn><mo fence="true" stretchy="true">}</mo></mrow>"#),
        Case(tex: #"\{ x \} \lvert y \rvert \|z\|"#,
             mathML: #"<mrow><mo stretchy="false">{</mo><mi>x</mi><mo stretchy="false">}</mo><mo form="prefix" stretchy="false">|</mo><mi>y</mi><mo form="postfix" stretchy="false">|</mo><mo stretchy="false" lspace="0em" rspace="0em">‖</mo><mi>z</mi><mo stretchy="false" lspace="0em" rspace="0em">‖</mo></mrow>"#),
        Case(tex: #"\big( x \big)"#,
             mathML: #"<mrow><mo fence="true" stretchy="true" minsize="1.2em" maxsize="1.2em">(</mo><mi>x</mi><mo fence="true" stretchy="true" minsize="1.2em" maxsize="1.2em">)</mo></mrow>"#),
        Case(tex: "|w| a/b", mathML: #"<mrow><mo stretchy="false" lspace="0em" rspace="0em">|</mo><mi>w</mi><mo stretchy="false" lspace="0em" rspace="0em">|</mo><mi>a</mi><mo stretchy="false" lspace="0em" rspace="0em">/</mo><mi>b</mi></mrow>"#),
        Case(tex: #"\overline{x}"#, mathML: #"<mover accent="true"><mi>x</mi><mo stretchy="true">―</mo></mover>"#),
        Case(tex: #"\underbrace{a+b}_{n}"#, display: false,
             mathML: #"<munder><munder><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy="true">⏟</mo></munder><mi>n</mi></munder>"#),
        Case(tex: #"\bigl| x \bigr|"#,
             mathML: #"<mrow><mo form="prefix" fence="true" stretchy="true" minsize="1.2em" maxsize="1.2em">|</mo><mi>x</mi><mo form="postfix" fence="true" stretchy="true" minsize="1.2em" maxsize="1.2em">|</mo></mrow>"#),
        Case(tex: #"\sqrt{2} \sqrt[3]{x}"#, mathML: "<mrow><msqrt><mn>2</mn></msqrt><mroot><mi>x</mi><mn>3</mn></mroot></mrow>"),
        Case(tex: #"\dfrac{1}{2}"#, display: false,
             mathML: #"<mstyle displaystyle="true" scriptlevel="0"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"#),
        Case(tex: #"\tfrac12"#, mathML: #"<mstyle displaystyle="false" scriptlevel="0"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"#),
        Case(tex: #"\binom{n}{k}"#,
             mathML: #"<mrow><mo fence="true" stretchy="true">(</mo><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac><mo fence="true" stretchy="true">)</mo></mrow>"#),
        Case(tex: #"\mathbf{W}^\top x"#, mathML: #"<mrow><msup><mi>𝐖</mi><mi mathvariant="normal">⊤</mi></msup><mi>x</mi></mrow>"#),
        Case(tex: #"\boldsymbol{\theta} \in \mathbb{R}^n"#, mathML: "<mrow><mi>𝜽</mi><mo>∈</mo><msup><mi>ℝ</mi><mi>n</mi></msup></mrow>"),
        Case(tex: #"\mathrm{d}x \, \mathrm{ReLU}"#,
             mathML: #"<mrow><mi mathvariant="normal">d</mi><mi>x</mi><mspace width="0.1667em"/><mi>ReLU</mi></mrow>"#),
        Case(tex: #"\hat{y} \vec{v} \bar{x} \tilde{x} \dot{x}"#,
             mathML: #"<mrow><mover accent="true"><mi>y</mi><mo stretchy="false">^</mo></mover><mover accent="true"><mi>v</mi><mo stretchy="false">→</mo></mover><mover accent="true"><mi>x</mi><mo stretchy="false">¯</mo></mover><mover accent="true"><mi>x</mi><mo stretchy="false">~</mo></mover><mover accent="true"><mi>x</mi><mo stretchy="false">˙</mo></mover></mrow>"#),
        Case(tex: #"f''(x) + f'^2"#,
             mathML: #"<mrow><mrow><mi>f</mi><mo lspace="0em" rspace="0em">″</mo></mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo><mo>+</mo><msup><mi>f</mi><mrow><mo lspace="0em" rspace="0em">′</mo><mn>2</mn></mrow></msup></mrow>"#),
        Case(tex: #"x \quad y \! z ~ w"#,
             mathML: #"<mrow><mi>x</mi><mspace width="1em"/><mi>y</mi><mspace width="-0.1667em"/><mi>z</mi><mspace width="0.3333em"/><mi>w</mi></mrow>"#),
        Case(tex: #"\text{ if } x"#, mathML: "<mrow><mtext>\u{A0}if\u{A0}</mtext><mi>x</mi></mrow>"),
        Case(tex: #"\text{a<b \& c}"#, mathML: "<mtext>a&lt;b &amp; c</mtext>"),
        Case(tex: #"\begin{cases} 1 & x > 0 \\ 0 & \text{otherwise} \end{cases}"#,
             mathML: #"<mrow><mo fence="true" stretchy="true">{</mo><mtable><mtr><mtd columnalign="left" style="text-align: -webkit-left"><mn>1</mn></mtd><mtd columnalign="left" style="text-align: -webkit-left"><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd columnalign="left" style="text-align: -webkit-left"><mn>0</mn></mtd><mtd columnalign="left" style="text-align: -webkit-left"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow>"#),
        Case(tex: #"\begin{gather} a \\[2pt] b \end{gather}"#,
             mathML: #"<mtable displaystyle="true"><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable>"#),
        Case(tex: #"\begin{vmatrix} a \end{vmatrix}"#,
             mathML: #"<mrow><mo fence="true" stretchy="true">|</mo><mtable><mtr><mtd><mi>a</mi></mtd></mtr></mtable><mo fence="true" stretchy="true">|</mo></mrow>"#),
    ]

    @Test(arguments: tutorial + constructs)
    func convertsToExactMathML(_ example: Case) throws {
        let node = try TeX.presentation(example.tex, display: example.display)
        #expect(node.render(.xml) == example.mathML)
    }

    @Test(arguments: tutorial + constructs)
    func outputIsWellFormedXMLInBothSyntaxes(_ example: Case) throws {
        let math = try TeX.mathML(example.tex, display: example.display)
        #expect(XMLCheck.error(in: math.render(.xml)) == nil)
        #expect(XMLCheck.error(in: math.render(.html)) == nil)
    }

    @Test func wrapsInMathWithTheSourceAsAnnotation() throws {
        let block = try TeX.mathML("x<1", display: true).render(.xml)
        #expect(block == #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><mi>x</mi><mo>&lt;</mo><mn>1</mn></mrow><annotation encoding="application/x-tex">x&lt;1</annotation></semantics></math>"#)
        let inline = try TeX.mathML("", display: false).render(.xml)
        #expect(inline == #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="inline"><semantics><mrow/><annotation encoding="application/x-tex"></annotation></semantics></math>"#)
    }

    // Every prefix of every example either converts to well-formed XML or throws a located
    // TeXError: half-typed formulas never crash the build or produce broken markup.
    @Test func everyPrefixConvertsOrThrowsInsideTheFormula() {
        for example in Self.tutorial {
            let scalars = Array(example.tex.unicodeScalars)
            for end in 0...scalars.count {
                let prefix = String(String.UnicodeScalarView(scalars[..<end]))
                do {
                    let markup = try TeX.mathML(prefix, display: example.display).render(.xml)
                    #expect(XMLCheck.error(in: markup) == nil, "\(prefix)")
                } catch {
                    #expect(error.offset >= 0 && error.offset + error.length <= max(1, end), "\(prefix)")
                }
            }
        }
    }
}
