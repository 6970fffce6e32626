import MathML
import NotebookLanguage

/// Turns a notebook's `$…$` and `$$…$$` spans into MathML, locating TeX errors in the `.md` file.
struct MathRenderer {
    /// MathML for every span that converted, by ``MathSpan/index``, and a located error for
    /// every span that did not. `values` gives the TeX of each inline value in a span, by
    /// ``InlineValue/index``; before the blocks have run, `0` stands in for every one (the
    /// span's TeX is checked with it; errors keep their columns).
    static func render(_ spans: [MathSpan], values: (Int) -> String = { _ in "0" }) -> (html: [Int: String], diagnostics: [Diagnostic]) {
        var html: [Int: String] = [:]
        var diagnostics: [Diagnostic] = []
        for span in spans {
            do {
                html[span.index] = try TeX.mathML(span.tex(replacingValues: values), display: span.isDisplay).render()
            } catch {
                diagnostics.append(.error(
                    at: span.location(atScalarOffset: error.offset), error.message,
                    hint: error.hint, length: error.length))
            }
        }
        return (html, diagnostics)
    }
}
