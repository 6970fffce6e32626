import Markup

/// Draws one ``Figure`` into a rectangle of an SVG: layout, axes, layers and legend.
struct PanelRenderer {
    var figure: Figure
    var clipID: String
    /// The panel's top-left corner in the SVG.
    var originX: Double = 0
    var originY: Double = 0

    // MARK: - Layout

    var frame: PlotFrame {
        let top = figure.title.isEmpty ? 10.0 : 28.0
        let left = figure.yAxis.title.isEmpty ? 46.0 : 60.0
        let bottom = figure.xAxis.title.isEmpty ? 24.0 : 40.0
        return PlotFrame(
            left: originX + left, top: originY + top, width: max(10, figure.width - left - 14),
            height: max(10, figure.height - top - bottom),
            xDomain: domain(figure.xAxis, isX: true), yDomain: domain(figure.yAxis, isX: false),
            xScale: figure.xAxis.scale, yScale: figure.yAxis.scale)
    }

    /// The axis' given range, or the union of what the layers need: grids exactly, curves
    /// exactly along x, everything else with a 5 % margin.
    func domain(_ axis: Axis, isX: Bool) -> ClosedRange<Double> {
        if let range = axis.range { return range }
        var exact: [Double] = [], padded: [Double] = []
        for layer in figure.layers {
            switch layer {
            case .line(let series):
                if isX { exact += series.points.map(\.x) } else { padded += series.points.map(\.y) }
            case .scatter(let scatter):
                padded += scatter.points.map { isX ? $0.x : $0.y }
            case .regions(let regions):
                let range = isX ? regions.grid.x : regions.grid.y
                exact += [range.lowerBound, range.upperBound]
            case .heatMap(let map):
                let range = isX ? map.extent.x : map.extent.y
                exact += [range.lowerBound, range.upperBound]
            }
        }
        let usable = exact.filter { $0.isFinite && (axis.scale == .linear || $0 > 0) }
        let margin = padded.isEmpty ? nil : axis.scale.paddedDomain(padded, margin: 0.05)
        guard let low = usable.min(), let high = usable.max() else {
            return margin ?? axis.scale.paddedDomain([], margin: 0.05)
        }
        let lower = min(low, margin?.lowerBound ?? low), upper = max(high, margin?.upperBound ?? high)
        return lower < upper ? lower...upper : axis.scale.paddedDomain([low], margin: 0.05)
    }

    // MARK: - Drawing

    func nodes() -> [Node] {
        let frame = self.frame
        let xTicks = figure.xAxis.scale.ticks(frame.xDomain, target: min(figure.xAxis.tickTarget, Int(frame.width / 60)))
        let yTicks = figure.yAxis.scale.ticks(frame.yDomain, target: min(figure.yAxis.tickTarget, Int(frame.height / 40)))
        var nodes: [Node] = []
        // Grid lines would only clutter a plot area that regions or a heat map fill.
        if !figure.layers.contains(where: \.fillsPlotArea) { nodes.append(gridLines(frame, xTicks, yTicks)) }
        nodes += layerNodes(frame)
        nodes += axisNodes(frame, xTicks, yTicks)
        if let legend = Legend(figure: figure).node(in: frame) { nodes.append(legend) }
        return nodes
    }

    private func gridLines(_ frame: PlotFrame, _ xTicks: Ticks, _ yTicks: Ticks) -> Node {
        var path = PathData()
        for x in xTicks.values.map(frame.px) where x > frame.left + 0.5 && x < frame.right - 0.5 {
            path.move(x, frame.top)
            path.line(x, frame.bottom)
        }
        for y in yTicks.values.map(frame.py) where y > frame.top + 0.5 && y < frame.bottom - 0.5 {
            path.move(frame.left, y)
            path.line(frame.right, y)
        }
        return .element("path", ["class": "grid", "d": path.text], [])
    }

    private func axisNodes(_ frame: PlotFrame, _ xTicks: Ticks, _ yTicks: Ticks) -> [Node] {
        var path = PathData()
        path.rectangle(x: frame.left, y: frame.top, width: frame.width, height: frame.height)
        var labels: [Node] = []
        for (value, label) in zip(xTicks.values, xTicks.labels) {
            let x = frame.px(value)
            path.move(x, frame.bottom)
            path.line(x, frame.bottom + 4)
            // Keep the last label inside the panel (≈ 3.1 px per half character at 11 px).
            let labelX = min(x, originX + figure.width - 2 - 3.1 * Double(label.count))
            labels.append(text(label, x: labelX, y: frame.bottom + 15))
        }
        var yLabels: [Node] = []
        for (value, label) in zip(yTicks.values, yTicks.labels) {
            let y = frame.py(value)
            path.move(frame.left - 4, y)
            path.line(frame.left, y)
            yLabels.append(text(label, x: frame.left - 6, y: y + 3.5))
        }
        var nodes: [Node] = [
            .element("path", ["class": "axis", "d": path.text], []),
            .element("g", ["text-anchor": "middle"], labels),
            .element("g", ["text-anchor": "end"], yLabels),
        ]
        var titles: [Node] = []
        if !figure.xAxis.title.isEmpty {
            titles.append(text(figure.xAxis.title, x: frame.left + frame.width / 2, y: frame.bottom + 32, class: "name"))
        }
        if !figure.yAxis.title.isEmpty {
            let x = NumberFormat.coordinate(originX + 15), y = NumberFormat.coordinate(frame.top + frame.height / 2)
            titles.append(
                .element(
                    "text", ["class": "name", "transform": "rotate(-90 \(x) \(y))", "x": x, "y": y],
                    [.text(figure.yAxis.title)]))
        }
        if !figure.title.isEmpty {
            titles.append(text(figure.title, x: frame.left + frame.width / 2, y: originY + 18, class: "title"))
        }
        if !titles.isEmpty { nodes.append(.element("g", ["text-anchor": "middle"], titles)) }
        return nodes
    }

    func text(_ content: String, x: Double, y: Double, class name: String? = nil) -> Node {
        PanelRenderer.text(content, x: x, y: y, class: name)
    }

    /// A `<text>` at a pixel position.
    static func text(_ content: String, x: Double, y: Double, class name: String? = nil) -> Node {
        var attributes: [(String, String)] = []
        if let name { attributes.append(("class", name)) }
        attributes += [("x", NumberFormat.coordinate(x)), ("y", NumberFormat.coordinate(y))]
        return .element(Element("text", attributes, [.text(content)]))
    }
}
