/// A figure a block drew: its SVG text, a plain-text description of what the data show, and the
/// key that keeps its SVG ids unique in a page.
///
/// ```swift
/// figure.key           // "b3-1": block 3, its first figure
/// figure.description   // "Loss of model falls from 0.69 to 0.021 over 2000 epochs."
/// ```
struct RenderedFigure: Hashable, Sendable {
    var key: String
    var title: String
    var description: String
    /// A complete `<svg>` element from SVGPlot.
    var svg: String
    /// Whether this is the colour key of the block's figure, shown once above its panels.
    var isKey: Bool
    /// Where this figure sits in a scrubber (`plot boundary … scrub=…`), or nil for a plain figure.
    var stop: ScrubStop?
    /// Links shown under the figure (`plot boundary … playground=true`): text and address.
    var links: [FigureLink] = []

    init(key: String, title: String, description: String, svg: String, isKey: Bool = false,
                stop: ScrubStop? = nil) {
        self.key = key
        self.title = title
        self.description = description
        self.svg = svg
        self.isKey = isKey
        self.stop = stop
    }
}

/// A link under a figure: "Open in TensorFlow Playground" and its address.
struct FigureLink: Hashable, Sendable, Codable {
    var text: String
    var url: String

    init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}

/// One figure of a scrubber: a panel the radio control labelled `label` shows, or the curve
/// beside the panels whose marked points (`Figure.stops`) follow the choice.
///
/// ```swift
/// ScrubStop(legend: "epoch", label: "1000")   // the panel of epoch 1000
/// ScrubStop(legend: "epoch", label: nil)      // the loss curve beside the panels
/// ```
struct ScrubStop: Hashable, Sendable, Codable {
    /// What the control chooses, its group's name for screen readers: "epoch", "model".
    var legend: String
    /// The control's label for this panel; nil for the curve that follows the choice.
    var label: String?

    init(legend: String, label: String?) {
        self.legend = legend
        self.label = label
    }
}
