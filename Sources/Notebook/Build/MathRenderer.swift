import MathML
import NotebookLanguage

/// Turns a notebook's `$…$` and `$$…$$` spans into MathML, locating TeX errors in the `.md` file.
struct MathRenderer {
    /// MathML for every span that converted, by ``MathSpan/index``, and a located error for
    /// every span that did not.
    static func render(_ spans: [MathSpan]) -> (html: [Int: String], diagnostics: [Diagnostic]) {
        var html: [Int: String] = [:]
        var diagnostics: [Diagnostic] = []
        for span in spans {
            do {
                html[span.index] = try TeX.mathML(span.tex, display: span.isDisplay).render()
            } catch {
                diagnostics.append(.error(
                    at: span.location(atScalarOffset: error.offset), error.message,
                    hint: error.hint, length: error.length))
            }
        }
        return (html, diagnostics)
    }
}
