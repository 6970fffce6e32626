import NotebookLanguage
import Spelling
extension MarkdownDocument {
    /// Errors for figure labels defined twice and references to labels no block defines.
    static func checkLabels(blocks: [NNBlock], references: [FigureReference]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var labels: [String] = []  // in document order, for did-you-mean
        var known: Set<String> = []
        for block in blocks {
            guard let label = block.options.label else { continue }
            if !known.insert(label).inserted {
                diagnostics.append(.error(at: block.location, "figure label '\(label)' is used twice",
                                          hint: "give each figure its own label"))
            }
            labels.append(label)
        }
        for reference in references where !known.contains(reference.label) {
            diagnostics.append(.error(
                at: reference.location, "no figure has the label '\(reference.label)'",
                hint: Spelling.didYouMean(reference.label, among: labels)
                    ?? "label the block that draws it: ```nn label=\(reference.label)",
                length: reference.sourceText.unicodeScalars.count))
        }
        return diagnostics
    }
}
