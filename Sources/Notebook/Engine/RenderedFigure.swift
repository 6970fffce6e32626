/// A figure a block drew: its SVG text, a plain-text description of what the data show, and the
/// key that keeps its SVG ids unique in a page.
///
/// ```swift
/// figure.key           // "b3-1": block 3, its first figure
/// figure.description   // "Loss of model falls from 0.69 to 0.021 over 2000 epochs."
/// ```
public struct RenderedFigure: Hashable, Sendable {
    public var key: String
    public var title: String
    public var description: String
    /// A complete `<svg>` element from SVGPlot.
    public var svg: String
    /// Whether this is the colour key of the block's figure, shown once above its panels.
    public var isKey: Bool

    public init(key: String, title: String, description: String, svg: String, isKey: Bool = false) {
        self.key = key
        self.title = title
        self.description = description
        self.svg = svg
        self.isKey = isKey
    }
}
