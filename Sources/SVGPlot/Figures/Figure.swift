import Markup

/// One plot: axes, layers of data, a title, a legend and a description for screen readers.
///
/// Build one with a factory (``lossCurves(_:title:logarithmic:xStep:key:)``,
/// ``functions(_:title:key:)``, ``scatter(_:title:key:)``,
/// ``decisionRegions(_:points:title:key:)``) or set the layers yourself, then take
/// ``svg(includingStyle:)``.
/// The same figure always gives the same bytes.
///
/// ```swift
/// var figure = Figure(key: "moons", title: "Two moons")
/// figure.layers = [.scatter(Scatter(x: xs, y: ys, classes: labels))]
/// let svg = figure.svg()   // "<svg xmlns=… role=\"img\" …"
/// ```
public struct Figure: Equatable, Sendable {
    /// Makes the figure's ids unique in a page (its clip path is `KEY-clip-1`); give each figure
    /// of a page its own key.
    public var key: String
    public var title: String
    /// What the data show, for screen readers; empty derives one from the layers.
    public var description: String
    /// The `<title>` of an untitled figure in another language than SVGPlot's English (nil: what
    /// it plots, in English; see ``accessibleTitle``).
    public var untitledText: String?
    public var xAxis: Axis
    public var yAxis: Axis
    public var layers: [PlotLayer]
    public var legend: LegendPosition
    /// Size in CSS pixels; the SVG scales down with the page and never up.
    public var width: Double
    public var height: Double
    /// Points marked on top of the layers, each a circle `<circle class="stop">` in one
    /// `<g class="stops">`, in order, so a page's CSS can show one of them (the epoch a
    /// scrubber has chosen, on a loss curve). Empty draws nothing.
    public var stops: [Point] = []

    public init(
        key: String, title: String = "", description: String = "", xAxis: Axis = Axis(), yAxis: Axis = Axis(),
        layers: [PlotLayer] = [], legend: LegendPosition = .topRight, width: Double = 416, height: Double = 312
    ) {
        self.key = key
        self.title = title
        self.description = description
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.layers = layers
        self.legend = legend
        self.width = width
        self.height = height
    }

    /// The SVG document: `<svg>` with `viewBox`, `role="img"`, `<title>`, `<desc>` and a scoped `<style>`.
    ///
    /// - Parameter includingStyle: false leaves the `<style>` out, for pages that link
    ///   ``PlotStyle/css`` once instead of repeating it in every figure.
    public func svg(includingStyle: Bool = true) -> String {
        node(includingStyle: includingStyle).render(.xml)
    }

    /// The SVG as a Markup `Node`, to place in a page.
    public func node(includingStyle: Bool = true) -> Node {
        var panel = PanelRenderer(figure: self, clipID: FigureIDs.clipID(key: key, index: 1))
        panel.growsForLegend = true
        let layout = panel.layout
        return SVGDocument(
            width: width, height: height + layout.extraHeight, title: accessibleTitle, description: summary,
            body: panel.nodes(layout)
        ).node(includingStyle: includingStyle)
    }

    /// The `<title>`: the figure's title, or what it plots ("loss against epoch: rate = 0.01,
    /// rate = 0.1", "decision regions over x₁ and x₂", "x₂ against x₁: 2 classes").
    public var accessibleTitle: String {
        if !title.isEmpty { return title }
        if let untitledText { return untitledText }
        let x = xAxis.title.isEmpty ? "x" : xAxis.title, y = yAxis.title.isEmpty ? "y" : yAxis.title
        if layers.contains(where: { if case .regions = $0 { true } else { false } }) {
            return "Decision regions over \(x) and \(y)"
        }
        let labels = layers.compactMap { if case .line(let series) = $0, !series.label.isEmpty { series.label } else { nil } }
        var text = "\(y) against \(x)"
        if !labels.isEmpty {
            text += ": " + labels.prefix(6).joined(separator: ", ") + (labels.count > 6 ? " and \(labels.count - 6) more" : "")
        } else if let scatter = layers.lazy.compactMap({ if case .scatter(let s) = $0 { s } else { nil } }).first {
            text += ": \(scatter.points.count) points in \(scatter.presentClasses.count) classes"
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The description: the caller's, or one derived from the layers.
    public var summary: String {
        if !description.isEmpty { return description }
        var parts: [String] = []
        let lines = layers.compactMap { if case .line(let series) = $0 { series } else { nil } }
        if !lines.isEmpty {
            var text = lines.prefix(6).map { $0.summary() }.joined(separator: "; ")
            if lines.count > 6 { text += "; and \(lines.count - 6) more curves" }
            if let ends = lines.compactMap(\.finiteEnds).first {
                let f = NumberFormat.significant
                let axis = xAxis.title.isEmpty ? "x" : xAxis.title
                text += " as \(axis) goes from \(f(ends.first.x, 3)) to \(f(ends.last.x, 3))"
            }
            parts.append(text)
        }
        for layer in layers {
            switch layer {
            case .line: break
            case .scatter(let scatter): parts.append(scatter.summary)
            case .regions(let regions): parts.append(regions.summary)
            case .heatMap(let map): parts.append(map.summary)
            }
        }
        let text = parts.joined(separator: "; ")
        return text.isEmpty ? "An empty plot." : text.prefix(1).uppercased() + text.dropFirst() + "."
    }
}
