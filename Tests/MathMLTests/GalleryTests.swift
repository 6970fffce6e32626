import Foundation
import Markup
import Testing
import TestSupport

@testable import MathML

/// The formulas of the back-propagation tutorial, rendered together. Each must convert and be
/// well-formed XML; with MATHML_GALLERY=/path.html set, the page is also written there so it
/// can be looked at in a browser (`chromium --headless --screenshot …`).
struct GalleryTests {
    static let formulas: [(tex: String, display: Bool)] = [
        (#"\frac{\partial E_{total}}{\partial w_5} = \frac{\partial E_{total}}{\partial out_{o1}} \cdot \frac{\partial out_{o1}}{\partial net_{o1}} \cdot \frac{\partial net_{o1}}{\partial w_5}"#, true),
        (#"\sigma(x) = \frac{1}{1 + e^{-x}}"#, true),
        (#"\sigma'(x) = \sigma(x)\,(1-\sigma(x))"#, true),
        (#"E = -\frac{1}{m}\sum_{i=1}^{m} \left[ t_i \log o_i + (1-t_i)\log(1-o_i) \right]"#, true),
        (#"w_5' = w_5 - \eta \, \frac{\partial E}{\partial w_5}"#, true),
        (#"W = \begin{pmatrix} w_1 & w_2 \\ w_3 & w_4 \end{pmatrix}, \quad \mathbf{b} = \begin{bmatrix} b_1 \\ b_2 \end{bmatrix}"#, true),
        (#"\begin{aligned} net_{h1} &= w_1 i_1 + w_2 i_2 + b_1 \\ out_{h1} &= \frac{1}{1 + e^{-net_{h1}}} \end{aligned}"#, true),
        (#"\tanh'(x) = 1 - \tanh^2(x)"#, true),
        (#"\sqrt{\sum_{i=1}^{n} x_i^2} \le \sqrt[3]{\alpha + \beta} \quad \hat{y} = \vec{v} \cdot \tilde{x} + \bar{z} + \dot{\theta}"#, true),
        (#"\operatorname{ReLU}(x) = \begin{cases} x & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}"#, true),
        (#"\left| \frac{a}{b} \right| \ne \left. \frac{\partial f}{\partial x} \right|_{x=0} \approx 0.7987314002"#, true),
        (#"\nabla_{\boldsymbol{\theta}} L = \mathbf{X}^\top (\hat{\mathbf{y}} - \mathbf{y}) \quad \lim_{n \to \infty} \Big( 1 + \frac{1}{n} \Big)^n = e"#, true),
        (#"\begin{align*} \delta_o &= (o - t) \odot \sigma'(z_o) \\ \frac{\partial E}{\partial W} &= \delta_o \, h^\top & \text{and } \nabla_b E &= \delta_o \end{align*}"#, true),
        (#"\left( \sum_{j} w_{jk} x_j \right)^2 \propto \underbrace{\overline{a + b}}_{\text{mean}} \quad \int_0^1 f(x)\,dx \quad \binom{n}{k} \quad \mathcal{L}(\mathbf{w}) \pm \lvert x \rvert"#, true),
        (#"\begin{gather} y = \operatorname*{arg\,max}_{k} p_k \\ \dfrac{a}{b} \ne \tfrac{a}{b}, \; \vec{x} \mapsto \hat{\mathbf{y}}, \; \sqrt{x^2 + y^2} \end{gather}"#, true),
        (#"\text{inline: } \sum_{i=1}^{n} w_i x_i + b \text{ and } \frac{\partial E}{\partial w} \text{ with } \{a, b\} \in \mathbb{R}"#, false),
        (#"E = \tfrac{1}{2}(t - o)^2, \; \frac{\partial E}{\partial w_5} = \delta_{o1} \cdot out_{h1}, \; |w| \le \|W\|, \; a/b"#, false),
    ]

    @Test func everyFormulaIsWellFormedXML() throws {
        for formula in Self.formulas {
            let markup = try TeX.mathML(formula.tex, display: formula.display).render(.xml)
            #expect(XMLCheck.error(in: markup) == nil, "\(formula.tex)")
        }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["MATHML_GALLERY"] != nil, "MATHML_GALLERY names the page to write"))
    func writesThePageWhenAsked() throws {
        let path = try #require(ProcessInfo.processInfo.environment["MATHML_GALLERY"])
        var body = ""
        for formula in Self.formulas {
            let math = try TeX.mathML(formula.tex, display: formula.display).render()
            body += formula.display ? "<div>\(math)</div>\n" : "<p>Inline \(math) in a sentence.</p>\n"
        }
        let page = """
            <!doctype html><meta charset="utf-8"><style>body { font: 18px serif; margin: 20px; } \
            math { font-family: "DejaVu Math TeX Gyre", math; }</style>
            \(body)
            """
        try page.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
