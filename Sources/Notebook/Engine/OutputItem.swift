import Foundation
import NotebookLanguage

/// One result a block shows on its page, in the order its statements produced them.
///
/// ```swift
/// switch item {
/// case .table(let table): …
/// case .figure(let figure): figure.svg
/// case .export(let fileName, let data): write data next to the page, link fileName
/// default: …
/// }
/// ```
enum OutputItem: Hashable, Sendable {
    case table(DataTable)
    case figure(RenderedFigure)
    /// A printed value: `e.accuracy = 0.8667`.
    case value(name: String, text: String)
    /// A run-time warning shown on the page (a training that diverged).
    case note(Diagnostic)
    case expectation(ExpectationResult)
    /// A file to write next to the page and link from it.
    case export(fileName: String, data: Data)
}
