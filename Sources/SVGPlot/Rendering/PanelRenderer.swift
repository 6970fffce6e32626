import Markup

/// Draws one ``Figure`` into a rectangle of an SVG: layout, axes, layers and legend.
struct PanelRenderer {
    var figure: Figure
    var clipID: String
    /// The panel's top-left corner in the SVG.
    var originX: Double = 0
    var originY: Double = 0
    /// Whether a legend that has to go below the plot makes the panel taller (a document of its
    /// own) rather than the plot shorter (a panel in a fixed grid).
    var growsForLegend = false

    // MARK: - Layout

    /// Where everything goes: the plot area, the ticks, and the legend's box.
    struct Layout {
        var frame: PlotFrame
        var xTicks: Ticks
        var yTicks: Ticks
        /// The legend's box and its entries by row, or nil when there is none.
        var legend: (box: Rect, rows: [[Int]])?
        /// Whether the legend had to go below the plot because every place inside covers data.
        var isLegendOutside = false
        /// How much taller than the figure's height the panel is, for a legend below the plot.
        var extraHeight = 0.0
    }

    /// The space the y axis' tick labels and title take left of the plot area.
    private func leftMargin(for labels: [String]) -> Double {
        let widest = labels.map { FontMetrics.width($0, size: TextStyle.body) }.max() ?? 0
        // Tick 4 px, gap 3 px, labels, then the rotated title's line (its ascent and descent) and a gap.
        return 4 + 3 + widest + (figure.yAxis.title.isEmpty ? 6 : 6 + TextStyle.name * 1.2 + 4)
    }

    private var topMargin: Double { figure.title.isEmpty ? 12 : 12 + TextStyle.title * 1.4 }
    private var axisBottomMargin: Double { figure.xAxis.title.isEmpty ? 24 : 24 + TextStyle.name * 1.3 }

    /// The width of the labels written beside the curves' ends, when the curves are labelled
    /// there instead of in a legend: two or more named curves, every one that has not diverged
    /// ending at the right edge inside the y range, and labels short enough to leave the plot
    /// most of the width.
    var endLabelWidth: Double? {
        let lines = lineSeries
        guard figure.legend != .hidden, !figure.isLegendPinned, lines.count >= 2, lines.allSatisfy({ !$0.label.isEmpty }),
            lines.count == figure.layers.count
        else { return nil }
        let xDomain = domain(figure.xAxis, isX: true)
        let settled = lines.filter { $0.divergence == nil }
        guard !settled.isEmpty else { return nil }
        let yDomain = domain(figure.yAxis, isX: false)
        let span = xDomain.upperBound - xDomain.lowerBound
        for series in settled {
            guard let last = series.finiteEnds?.last, last.x >= xDomain.upperBound - 0.02 * span, yDomain.contains(last.y)
            else { return nil }
        }
        let widest = settled.map { FontMetrics.width($0.label, size: TextStyle.body) }.max() ?? 0
        return widest <= 0.3 * figure.width ? widest : nil
    }

    private var rightMargin: Double { endLabelWidth.map { $0 + 16 } ?? 16 }

    private func frame(left: Double, bottom: Double) -> PlotFrame {
        PlotFrame(
            left: originX + left, top: originY + topMargin, width: max(10, figure.width - left - rightMargin),
            height: max(10, figure.height - topMargin - bottom),
            xDomain: domain(figure.xAxis, isX: true), yDomain: domain(figure.yAxis, isX: false),
            xScale: figure.xAxis.scale, yScale: figure.yAxis.scale)
    }

    private func ticks(_ frame: PlotFrame) -> (x: Ticks, y: Ticks) {
        // About one x tick per 70 px and one y tick per 40 px, so labels of 13 px never crowd.
        (
            figure.xAxis.scale.ticks(frame.xDomain, target: max(2, min(figure.xAxis.tickTarget, Int(frame.width / 70)))),
            figure.yAxis.scale.ticks(frame.yDomain, target: max(2, min(figure.yAxis.tickTarget, Int(frame.height / 40))))
        )
    }

    var layout: Layout {
        var frame = self.frame(left: 50, bottom: axisBottomMargin)
        var (xTicks, yTicks) = ticks(frame)
        frame = self.frame(left: leftMargin(for: yTicks.labels), bottom: axisBottomMargin)
        var layout = Layout(frame: frame, xTicks: xTicks, yTicks: yTicks)
        let legend = Legend(figure: figure)
        guard legend.isShown, endLabelWidth == nil else { return layout }
        let size = legend.columnSize
        if figure.isLegendPinned, let box = corner(for: size, in: frame) {
            layout.legend = (box, legend.entries.indices.map { [$0] })
            return layout
        }
        if let box = freePlace(for: size, in: frame, preferring: figure.legend) {
            layout.legend = (box, legend.entries.indices.map { [$0] })
            return layout
        }
        // Nothing inside is free: the legend goes below the x axis, its entries flowed in rows.
        let rows = legend.rows(within: figure.width - 16)
        let height = Double(rows.count) * TextStyle.lineHeight + 2 * Legend.padding - 4
        if !growsForLegend {
            frame = self.frame(left: leftMargin(for: yTicks.labels), bottom: axisBottomMargin + height + 6)
            (xTicks, yTicks) = ticks(frame)
            frame = self.frame(left: leftMargin(for: yTicks.labels), bottom: axisBottomMargin + height + 6)
        }
        var widest = 0.0
        for row in rows {
            let gaps: Double = 14 * Double(row.count - 1)
            widest = max(widest, row.map(legend.entryWidth).reduce(0, +) + gaps)
        }
        let box = Rect(
            x: max(originX + 4, frame.left + (frame.width - widest) / 2 - Legend.padding),
            y: frame.bottom + axisBottomMargin, width: widest + 2 * Legend.padding, height: height)
        return Layout(frame: frame, xTicks: xTicks, yTicks: yTicks, legend: (box, rows), isLegendOutside: true,
                      extraHeight: growsForLegend ? height + 6 : 0)
    }

    /// The box of `size` in the legend's own corner of the plot area, nil when it does not fit.
    func corner(for size: (width: Double, height: Double), in frame: PlotFrame) -> Rect? {
        let inset = 6.0
        let x0 = frame.left + inset, x1 = frame.right - inset - size.width
        let y0 = frame.top + inset, y1 = frame.bottom - inset - size.height
        guard x1 >= x0, y1 >= y0 else { return nil }
        let (x, y): (Double, Double)
        switch figure.legend {
        case .topLeft: (x, y) = (x0, y0)
        case .bottomLeft: (x, y) = (x0, y1)
        case .bottomRight: (x, y) = (x1, y1)
        case .topRight, .hidden: (x, y) = (x1, y0)
        }
        return Rect(x: x, y: y, width: size.width, height: size.height)
    }

    /// The place inside the plot area where a box of `size` covers the fewest marks (as
    /// matplotlib's "best"): the preferred corner first, then the other corners and edges, then
    /// every position on a 4-pixel lattice; nil when every place covers something.
    func freePlace(for size: (width: Double, height: Double), in frame: PlotFrame,
                   preferring position: LegendPosition) -> Rect? {
        let inset = 6.0
        let x0 = frame.left + inset, x1 = frame.right - inset - size.width
        let y0 = frame.top + inset, y1 = frame.bottom - inset - size.height
        guard x1 >= x0, y1 >= y0 else { return nil }
        let xm = (x0 + x1) / 2, ym = (y0 + y1) / 2
        var candidates: [(Double, Double)] = [
            (x1, y0), (x0, y0), (x0, y1), (x1, y1), (x1, ym), (x0, ym), (xm, y1), (xm, y0), (xm, ym),
        ]
        switch position {
        case .topLeft: candidates.insert((x0, y0), at: 0)
        case .bottomLeft: candidates.insert((x0, y1), at: 0)
        case .bottomRight: candidates.insert((x1, y1), at: 0)
        case .topRight, .hidden: break
        }
        for y in stride(from: y0, through: y1, by: 4) {
            for x in stride(from: x0, through: x1, by: 4) { candidates.append((x, y)) }
        }
        let marks = self.marks(frame)
        // A margin of 2 px around the box keeps it clear of strokes and marker edges.
        for (x, y) in candidates {
            let box = Rect(x: x - 2, y: y - 2, width: size.width + 4, height: size.height + 4)
            if !marks.covers(box) { return Rect(x: x, y: y, width: size.width, height: size.height) }
        }
        return nil
    }

    /// The axis' given range, or the union of what the layers need: grids exactly, curves
    /// exactly along x, everything else with a 5 % margin. Along y, curves that diverged are left
    /// out when others remain: they are clipped at the edge instead of flattening the rest.
    func domain(_ axis: Axis, isX: Bool) -> ClosedRange<Double> {
        if let range = axis.range { return range }
        var exact: [Double] = [], padded: [Double] = []
        let lines = figure.layers.compactMap { if case .line(let series) = $0 { series } else { nil } }
        let hasSettledLines = lines.contains { $0.divergence == nil && $0.points.contains { $0.y.isFinite } }
        for layer in figure.layers {
            switch layer {
            case .line(let series):
                if isX {
                    exact += series.points.map(\.x)
                } else if series.divergence == nil || !hasSettledLines {
                    padded += series.points.map(\.y)
                }
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
        nodes(layout)
    }

    func nodes(_ layout: Layout) -> [Node] {
        let frame = layout.frame
        var nodes: [Node] = []
        // Grid lines would only clutter a plot area that regions or a heat map fill.
        if !figure.layers.contains(where: \.fillsPlotArea) { nodes.append(gridLines(frame, layout.xTicks, layout.yTicks)) }
        nodes += layerNodes(frame)
        nodes += axisNodes(frame, layout.xTicks, layout.yTicks)
        nodes += divergenceNotes(frame).map(\.node)
        if endLabelWidth != nil, let labels = endLabels(frame) { nodes.append(labels) }
        if let (box, rows) = layout.legend { nodes.append(Legend(figure: figure).node(in: box, rows: rows)) }
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
            // Keep the last label inside the panel.
            let half = FontMetrics.width(label, size: TextStyle.body) / 2
            let labelX = min(x, originX + figure.width - 2 - half)
            labels.append(text(label, x: labelX, y: frame.bottom + 18))
        }
        var yLabels: [Node] = []
        for (value, label) in zip(yTicks.values, yTicks.labels) {
            let y = frame.py(value)
            path.move(frame.left - 4, y)
            path.line(frame.left, y)
            yLabels.append(text(label, x: frame.left - 7, y: y + 4.5))
        }
        var nodes: [Node] = [
            .element("path", ["class": "axis", "d": path.text], []),
            .element("g", ["text-anchor": "middle"], labels),
            .element("g", ["text-anchor": "end"], yLabels),
        ]
        var titles: [Node] = []
        if !figure.xAxis.title.isEmpty {
            titles.append(
                text(figure.xAxis.title, x: frame.left + frame.width / 2, y: frame.bottom + 22 + TextStyle.name, class: "name"))
        }
        if !figure.yAxis.title.isEmpty {
            // The rotated title's baseline: its glyphs reach an ascent to the left of it.
            let x = NumberFormat.coordinate(originX + 4 + TextStyle.name)
            let y = NumberFormat.coordinate(frame.top + frame.height / 2)
            titles.append(
                .element(
                    "text", ["class": "name", "transform": "rotate(-90 \(x) \(y))", "x": x, "y": y],
                    [.text(figure.yAxis.title)]))
        }
        if !figure.title.isEmpty {
            titles.append(text(figure.title, x: frame.left + frame.width / 2, y: originY + 6 + TextStyle.title, class: "title"))
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
