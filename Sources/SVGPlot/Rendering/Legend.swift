import Markup

/// The legend of a panel: one entry per named curve and per class of points, sized from the
/// font's real advance widths (``FontMetrics``).
struct Legend {
    enum Swatch {
        case line(Color, dash: String?, marker: Marker)
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
                    let style = LineStyle(series, index: lineIndex)
                    entries.append((series.label, .line(style.color, dash: style.dash, marker: style.marker)))
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

    var isShown: Bool { position != .hidden && !entries.isEmpty }

    static let swatchWidth = 30.0, padding = 7.0

    /// The width of one entry: swatch, gap and text.
    func entryWidth(_ index: Int) -> Double {
        Legend.swatchWidth + 4 + FontMetrics.width(entries[index].label, size: TextStyle.body)
    }

    /// The box of a legend stacked in one column.
    var columnSize: (width: Double, height: Double) {
        let widest = entries.indices.map(entryWidth).max() ?? 0
        return (widest + 2 * Legend.padding, Double(entries.count) * TextStyle.lineHeight + 2 * Legend.padding - 4)
    }

    /// Entries flowed into rows no wider than `width`: each row's entry indices.
    func rows(within width: Double) -> [[Int]] {
        var rows: [[Int]] = [[]]
        var used = 0.0
        for index in entries.indices {
            let needed = entryWidth(index) + (rows[rows.count - 1].isEmpty ? 0 : 14)
            if !rows[rows.count - 1].isEmpty && used + needed > width - 2 * Legend.padding {
                rows.append([])
                used = 0
            }
            used += rows[rows.count - 1].isEmpty ? entryWidth(index) : entryWidth(index) + 14
            rows[rows.count - 1].append(index)
        }
        return rows
    }

    /// The legend drawn in `box`, its entries in `rows` (one entry per row when stacked).
    func node(in box: Rect, rows: [[Int]]) -> Node {
        var children: [Node] = [
            .element(
                "rect",
                [
                    "class": "legend", "x": NumberFormat.coordinate(box.x), "y": NumberFormat.coordinate(box.y),
                    "width": NumberFormat.coordinate(box.width), "height": NumberFormat.coordinate(box.height), "rx": "3",
                ], [])
        ]
        var labels: [Node] = []
        for (rowIndex, row) in rows.enumerated() {
            let rowY = box.y + Legend.padding + 7 + TextStyle.lineHeight * Double(rowIndex)
            var x = box.x + Legend.padding
            for index in row {
                let entry = entries[index]
                switch entry.swatch {
                case .line(let color, let dash, let marker):
                    var path = PathData()
                    path.move(x, rowY)
                    path.line(x + Legend.swatchWidth - 4, rowY)
                    var attributes = [("d", path.text), ("stroke", color.hex), ("stroke-width", "2"), ("fill", "none")]
                    if let dash { attributes.append(("stroke-dasharray", dash)) }
                    children.append(.element(Element("path", attributes, [])))
                    var end = PathData()
                    marker.pathData(x: x + Legend.swatchWidth - 4, y: rowY, radius: LineStyle.markerRadius, into: &end)
                    children.append(.element("path", ["d": end.text, "fill": color.hex, "class": "edge"], []))
                case .marker(let marker, let color):
                    var path = PathData()
                    marker.pathData(x: x + Legend.swatchWidth / 2 - 2, y: rowY, radius: 3.5, into: &path)
                    children.append(.element("path", ["d": path.text, "fill": color.hex, "class": "edge"], []))
                }
                labels.append(PanelRenderer.text(entry.label, x: x + Legend.swatchWidth + 4, y: rowY + 4.5))
                x += entryWidth(index) + 14
            }
        }
        children.append(.element("g", ["class": "key"], labels))
        return .element("g", children)
    }
}

/// An axis-aligned rectangle in pixels.
struct Rect: Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var right: Double { x + width }
    var bottom: Double { y + height }

    func contains(_ px: Double, _ py: Double) -> Bool {
        px >= x && px <= right && py >= y && py <= bottom
    }

    func intersects(_ other: Rect) -> Bool {
        other.x <= right && other.right >= x && other.y <= bottom && other.bottom >= y
    }

    /// Whether the segment from (ax, ay) to (bx, by) passes through the rectangle (Liang–Barsky).
    func intersects(segmentFrom a: (Double, Double), to b: (Double, Double)) -> Bool {
        if contains(a.0, a.1) || contains(b.0, b.1) { return true }
        let dx = b.0 - a.0, dy = b.1 - a.1
        var t0 = 0.0, t1 = 1.0
        // Each edge as p · t ≤ q: the part of the segment on the inner side of it.
        for (p, q) in [(-dx, a.0 - x), (dx, right - a.0), (-dy, a.1 - y), (dy, bottom - a.1)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
                if t0 > t1 { return false }
            }
        }
        return true
    }
}
