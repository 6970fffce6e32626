import Markup

/// What a legend must not cover: markers and annotations as boxes, curves as the polylines drawn.
struct Marks {
    var boxes: [Rect] = []
    var polylines: [[(Double, Double)]] = []

    /// Whether `box` covers any marker or annotation, any curve vertex, or any piece of a curve.
    func covers(_ box: Rect) -> Bool {
        count(in: box) > 0
    }

    /// How many marks `box` covers: boxes it overlaps plus curve segments it touches.
    func count(in box: Rect) -> Int {
        var count = 0
        for mark in boxes where mark.intersects(box) { count += 1 }
        for line in polylines {
            for (a, b) in zip(line, line.dropFirst()) {
                // Quick rejection by the segment's bounding box first.
                if max(a.0, b.0) < box.x || min(a.0, b.0) > box.right || max(a.1, b.1) < box.y || min(a.1, b.1) > box.bottom {
                    continue
                }
                if box.intersects(segmentFrom: a, to: b) { count += 1 }
            }
        }
        return count
    }
}

/// A note drawn where a diverged curve leaves the plot: "η = 1.5 diverges at epoch 146".
struct DivergenceNote {
    var node: Node
    var box: Rect
}

extension PanelRenderer {
    /// A series' runs of finite pixel positions, each simplified as it is drawn.
    func pixelRuns(_ series: LineSeries, _ frame: PlotFrame) -> [[(Double, Double)]] {
        var runs: [[(Double, Double)]] = [[]]
        for point in series.points {
            let (x, y) = frame.pixel(point)
            if x.isFinite && y.isFinite {
                // Far-off points (a curve leaving a clipped plot) are limited, as PathData does.
                runs[runs.count - 1].append((min(1e9, max(-1e9, x)), min(1e9, max(-1e9, y))))
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        return runs.filter { $0.count >= 2 }.map { Simplification.douglasPeucker($0, tolerance: Self.tolerance) }
    }

    var lineSeries: [LineSeries] {
        figure.layers.compactMap { if case .line(let series) = $0 { series } else { nil } }
    }

    /// Where each curve's end marker goes: its last finite point, when that lies in the plot area.
    /// Curves that end on the same spot (functions meeting at an asymptote) would stack their
    /// markers, so a marker that would land on an earlier one moves back along its own curve in
    /// steps of 14 px until it is clear of them.
    func endPoints(_ frame: PlotFrame) -> [(index: Int, x: Double, y: Double)] {
        var placed: [(index: Int, x: Double, y: Double)] = []
        func isInside(_ x: Double, _ y: Double) -> Bool {
            x >= frame.left - 0.5 && x <= frame.right + 0.5 && y >= frame.top - 0.5 && y <= frame.bottom + 0.5
        }
        for (index, series) in lineSeries.enumerated() where series.divergence == nil {
            let pixels = series.points.map(frame.pixel).filter { $0.0.isFinite && $0.1.isFinite }
            guard let last = pixels.last, isInside(last.0, last.1) else { continue }
            func isTaken(_ point: (Double, Double)) -> Bool {
                placed.contains { abs($0.x - point.0) < 6 && abs($0.y - point.1) < 6 }
            }
            var spot = last
            var step = 1.0
            while isTaken(spot), step <= Double(placed.count),
                let back = pixels.last(where: { $0.0 <= last.0 - 14 * step }), isInside(back.0, back.1)
            {
                spot = back
                step += 1
            }
            placed.append((index, spot.0, spot.1))
        }
        return placed
    }

    /// Everything a legend inside the plot area must keep clear of.
    func marks(_ frame: PlotFrame) -> Marks {
        var marks = Marks()
        for layer in figure.layers {
            switch layer {
            case .line(let series):
                marks.polylines += pixelRuns(series, frame)
            case .scatter(let scatter):
                // The largest marker reaches 1.35 radii from its centre, plus its edge.
                let reach = scatter.radius * 1.35 + 0.6
                for point in scatter.points {
                    let (x, y) = frame.pixel(point)
                    guard x.isFinite, y.isFinite else { continue }
                    marks.boxes.append(Rect(x: x - reach, y: y - reach, width: 2 * reach, height: 2 * reach))
                }
            case .regions, .heatMap:
                break
            }
        }
        let reach = LineStyle.markerRadius * 1.35 + 0.6
        for end in endPoints(frame) {
            marks.boxes.append(Rect(x: end.x - reach, y: end.y - reach, width: 2 * reach, height: 2 * reach))
        }
        marks.boxes += divergenceNotes(frame).map(\.box)
        return marks
    }

    /// A note for each diverged curve, where it leaves the top of the plot (or at its last
    /// finite point when it never does), kept inside the plot area.
    func divergenceNotes(_ frame: PlotFrame) -> [DivergenceNote] {
        var notes: [DivergenceNote] = []
        for (index, series) in lineSeries.enumerated() {
            guard let divergence = series.divergence else { continue }
            let runs = pixelRuns(series, frame)
            guard let run = runs.first else { continue }
            var exit = run[run.count - 1]
            for (a, b) in zip(run, run.dropFirst()) where b.1 < frame.top && a.1 >= frame.top {
                let t = (frame.top - a.1) / (b.1 - a.1)
                exit = (a.0 + t * (b.0 - a.0), frame.top)
                break
            }
            exit = (min(frame.right, max(frame.left, exit.0)), min(frame.bottom, max(frame.top, exit.1)))
            let name = series.label.isEmpty ? "the curve" : series.label
            let axis = figure.xAxis.title.isEmpty ? "x =" : figure.xAxis.title
            let label = series.divergenceNote ?? "\(name) diverges at \(axis) \(NumberFormat.significant(divergence, 6))"
            let width = FontMetrics.width(label, size: TextStyle.body)
            let row = frame.top + 16 + 18 * Double(notes.count)
            // Beside the exit point, on whichever side has room.
            let startsRight = exit.0 + 8 + width <= frame.right - 4
            let x = startsRight ? exit.0 + 8 : max(frame.left + 4, exit.0 - 8 - width)
            let style = LineStyle(series, index: index)
            var marker = PathData()
            style.marker.pathData(x: exit.0, y: exit.1, radius: LineStyle.markerRadius, into: &marker)
            let node = Node.element("g", ["class": "note"], [
                .element("path", ["d": marker.text, "fill": style.color.hex, "class": "edge"], []),
                PanelRenderer.text(label, x: x, y: row),
            ])
            notes.append(DivergenceNote(node: node, box: Rect(x: x - 2, y: row - 12, width: width + 4, height: 16)))
        }
        return notes
    }

    /// Each curve's name right of the plot at the height of its end marker, moved apart where
    /// they would overlap (15 px a line), with a leader in the curve's colour and dash from the
    /// marker to its label.
    func endLabels(_ frame: PlotFrame) -> Node? {
        let series = lineSeries
        let ends = endPoints(frame).sorted { ($0.y, $0.index) < ($1.y, $1.index) }
        guard !ends.isEmpty else { return nil }
        let spacing = 15.0
        var ys = ends.map { min(max($0.y, frame.top + 4), frame.bottom - 4) }
        for k in ys.indices.dropFirst() where ys[k] < ys[k - 1] + spacing { ys[k] = ys[k - 1] + spacing }
        // Pushed below the plot: the bottom label back at the bottom, and those above it only as
        // far up as they must go.
        ys[ys.count - 1] = min(ys[ys.count - 1], frame.bottom)
        for k in ys.indices.reversed().dropFirst() { ys[k] = min(ys[k], ys[k + 1] - spacing) }
        var leaders: [Node] = [], labels: [Node] = []
        for (end, y) in zip(ends, ys) {
            let style = LineStyle(series[end.index], index: end.index)
            var path = PathData()
            path.move(end.x + 4, end.y)
            path.line(frame.right + 10, y)
            var attributes = [("d", path.text), ("stroke", style.color.hex)]
            if let dash = style.dash { attributes.append(("stroke-dasharray", dash)) }
            leaders.append(.element(Element("path", attributes, [])))
            labels.append(PanelRenderer.text(series[end.index].label, x: frame.right + 13, y: y + 4.5))
        }
        return .element("g", [
            .element("g", ["fill": "none", "stroke-width": "1.25"], leaders),
            .element("g", ["class": "key"], labels),
        ])
    }
}
