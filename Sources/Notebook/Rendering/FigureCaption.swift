/// The number and caption of one figure, and its label if the block has one.
///
/// ```swift
/// FigureCaption(number: 2, caption: "Two moons", label: "fig:moons").id   // "fig-moons"
/// FigureCaption(number: 3, caption: "").id                               // "fig-3"
/// ```
struct FigureCaption: Hashable, Sendable {
    var number: Int
    var caption: String
    /// `fig:NAME` from the block's `label=` option.
    var label: String?

    init(number: Int, caption: String, label: String? = nil) {
        self.number = number
        self.caption = caption
        self.label = label
    }

    /// `fig-NAME` for a label `fig:NAME`, else `fig-K` from the figure number.
    var id: String {
        guard let label else { return "fig-\(number)" }
        let name = label.hasPrefix("fig:") ? String(label.dropFirst(4)) : label
        return "fig-" + name
    }
}
