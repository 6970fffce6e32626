import Markup

/// The legend of a panel: one entry per named curve and per class of points.
struct Legend {
    enum Swatch {
        case line(Color, isDashed: Bool)
        case marker(Marker, Color)
    }

    var entries: [(label: String, swatch: Swatch)] = []
    var position: LegendPosition

    init(figure: Figure) {
        position = figure.legend
        var lineIndex = 0
        for layer in figure.layers {
            switch layer {
            case .line(let series):
                if !series.label.isEmpty {
                    entries.append((series.label, .line(series.color ?? Palette.color(lineIndex), isDashed: series.isDashed)))
                }
                lineIndex += 1
            case .scatter(let scatter):
                for index in scatter.presentClasses {
                    entries.append((scatter.name(ofClass: index), .marker(Palette.marker(index), Palette.color(index))))
                }
            case .regions, .heatMap:
                break
            }
        }
    }

    /// The legend box, or nil when hidden or there is nothing to name.
    func node(in frame: PlotFrame) -> Node? {
        guard position != .hidden, !entries.isEmpty else { return nil }
        // Text widths are estimated (≈ 0.6 em a character at 11 px): no font metrics at build time.
        let longest = entries.map { $0.label.count }.max() ?? 0
        let width = 34 + Double(longest) * 6.2, height = 6 + 16 * Double(entries.count)
        let isRight = position == .topRight || position == .bottomRight
        let isTop = position == .topRight || position == .topLeft
        let x = isRight ? frame.right - width - 6 : frame.left + 6
        let y = isTop ? frame.top + 6 : frame.bottom - height - 6
        var children: [Node] = [
            .element(
                "rect",
                [
                    "class": "legend", "x": NumberFormat.coordinate(x), "y": NumberFormat.coordinate(y),
                    "width": NumberFormat.coordinate(width), "height": NumberFormat.coordinate(height), "rx": "3",
                ], [])
        ]
        for (index, entry) in entries.enumerated() {
            let rowY = y + 11 + 16 * Double(index)
            switch entry.swatch {
            case .line(let color, let isDashed):
                var path = PathData()
                path.move(x + 7, rowY)
                path.line(x + 25, rowY)
                var attributes = [("d", path.text), ("stroke", color.hex), ("stroke-width", "1.75")]
                if isDashed { attributes.append(("stroke-dasharray", "5 3")) }
                children.append(.element(Element("path", attributes, [])))
            case .marker(let marker, let color):
                var path = PathData()
                marker.pathData(x: x + 16, y: rowY, radius: 3.5, into: &path)
                children.append(
                    .element("path", ["d": path.text, "fill": color.hex, "stroke": "#1a1a1a", "stroke-width": "0.6"], []))
            }
            children.append(PanelRenderer.text(entry.label, x: x + 30, y: rowY + 3.5))
        }
        return .element("g", children)
    }
}
