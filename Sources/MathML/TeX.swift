import Markup

/// Converts TeX math, as written between `$…$` and `$$…$$` in a notebook, to presentation MathML.
///
/// The result renders natively in browsers with MathML Core (Chromium ≥ 109, Firefox, Safari),
/// so pages need no JavaScript. Anything outside the supported subset (see README.md beside
/// this file) is a ``TeXError`` located in the formula, never silently dropped.
///
/// ```swift
/// let node = try TeX.mathML(#"\sigma(x) = \frac{1}{1 + e^{-x}}"#, display: true)
/// node.render()   // <math xmlns="http://www.w3.org/1998/Math/MathML" display="block">…</math>
/// ```
public enum TeX {
    /// The `<math>` element for `tex`.
    ///
    /// - Parameters:
    ///   - tex: the formula without its `$` delimiters.
    ///   - display: `true` for `$$…$$` (a centred block in display style, limits under and over
    ///     `\sum`), `false` for inline `$…$`.
    /// - Throws: ``TeXError`` at the first unsupported or malformed part.
    public static func mathML(_ tex: String, display: Bool) throws(TeXError) -> Node {
        MathMLWriter().math(try parse(tex, display: display), source: tex, display: display)
    }

    /// The formula as plain Unicode text, for an SVG title or a legend: `\eta = 0.5` is
    /// "η = 0.5", `x_1` is "x₁" (see ``PlainTextWriter``).
    /// - Throws: ``TeXError`` as ``mathML(_:display:)`` does.
    public static func plainText(_ tex: String) throws(TeXError) -> String {
        PlainTextWriter().text(try parse(tex, display: false))
    }

    /// The formula as a row of math atoms.
    static func parse(_ tex: String, display: Bool) throws(TeXError) -> [MathNode] {
        var parser = try TeXParser(tex, display: display)
        return try parser.parseFormula()
    }

    /// The presentation MathML inside `<semantics>`, without the `<math>` wrapper.
    static func presentation(_ tex: String, display: Bool) throws(TeXError) -> Node {
        MathMLWriter().row(try parse(tex, display: display))
    }
}
