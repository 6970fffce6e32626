import Markup

extension PanelRenderer {
    /// The figure's layers in order, each as few elements as possible: one `<path>` per band,
    /// per curve and per class, with shared attributes on a `<g>`.
    func layerNodes(_ frame: PlotFrame) -> [Node] {
        var nodes: [Node] = []
        var lineIndex = 0
        var lines: [Node] = []
        func flushLines() {
            guard !lines.isEmpty else { return }
            nodes.append(
                .element(
                    "g",
                    [
                        "clip-path": "url(#\(clipID))", "fill": "none", "stroke-width": "2",
                        "stroke-linejoin": "round", "stroke-linecap": "round",
                    ], lines))
            lines = []
        }
        for layer in figure.layers {
            if case .line(let series) = layer {
                lines.append(line(series, index: lineIndex, frame))
                lineIndex += 1
                continue
            }
            flushLines()
            switch layer {
            case .line: break
            case .scatter(let scatter): nodes.append(self.scatter(scatter, frame))
            case .regions(let regions): nodes += self.regions(regions, frame)
            case .heatMap(let map): nodes.append(heatMap(map, frame))
            }
        }
        flushLines()
        if let markers = endMarkers(frame) { nodes.append(markers) }
        if let stops = stopNodes(frame) { nodes.append(stops) }
        if lineIndex > 0 {
            let clip = Node.element(
                "rect",
                [
                    "x": NumberFormat.coordinate(frame.left), "y": NumberFormat.coordinate(frame.top),
                    "width": NumberFormat.coordinate(frame.width), "height": NumberFormat.coordinate(frame.height),
                ], [])
            nodes.insert(.element("defs", [.element("clipPath", ["id": clipID], [clip])]), at: 0)
        }
        return nodes
    }

    private func line(_ series: LineSeries, index: Int, _ frame: PlotFrame) -> Node {
        var path = PathData()
        for run in pixelRuns(series, frame) {
            path.move(run[0].0, run[0].1)
            for point in run.dropFirst() { path.line(point.0, point.1) }
        }
        let style = LineStyle(series, index: index)
        if let dash = style.dash {
            return .element("path", ["d": path.text, "stroke": style.color.hex, "stroke-dasharray": dash], [])
        }
        return .element("path", ["d": path.text, "stroke": style.color.hex], [])
    }

    /// Each curve's marker at its end, in the curve's colour and shape, so curves that end on
    /// top of each other still show.
    private func endMarkers(_ frame: PlotFrame) -> Node? {
        let series = lineSeries
        let markers: [Node] = endPoints(frame).map { end in
            let style = LineStyle(series[end.index], index: end.index)
            var path = PathData()
            style.marker.pathData(x: end.x, y: end.y, radius: LineStyle.markerRadius, into: &path)
            return .element("path", ["d": path.text, "fill": style.color.hex], [])
        }
        return markers.isEmpty ? nil : .element("g", ["class": "edge"], markers)
    }

    /// The figure's stops, one circle each in order (the CSS of a page picks which shows).
    private func stopNodes(_ frame: PlotFrame) -> Node? {
        guard !figure.stops.isEmpty else { return nil }
        let circles: [Node] = figure.stops.map { point in
            let (x, y) = frame.pixel(point)
            guard x.isFinite, y.isFinite else { return .element("circle", ["class": "stop", "r": "0"], []) }
            return .element("circle", ["class": "stop", "cx": NumberFormat.coordinate(x),
                                       "cy": NumberFormat.coordinate(y), "r": "5"], [])
        }
        return .element("g", ["class": "stops"], circles)
    }

    private func scatter(_ scatter: Scatter, _ frame: PlotFrame) -> Node {
        let paths: [Node] = scatter.presentClasses.map { classIndex in
            var path = PathData()
            for (point, pointClass) in zip(scatter.points, scatter.classes) where pointClass == classIndex {
                let (x, y) = frame.pixel(point)
                guard x.isFinite, y.isFinite else { continue }
                Palette.marker(classIndex).pathData(x: x, y: y, radius: scatter.radius, into: &path)
            }
            return .element("path", ["d": path.text, "fill": Palette.color(classIndex).hex], [])
        }
        // A thin edge in the theme's contrast colour keeps points apart from each other and from
        // the regions beneath, on light and dark pages.
        return .element("g", ["class": "edge"], paths)
    }

    /// A quarter pixel: below what anyone sees at 2× zoom, and it keeps contours and 30000-point
    /// curves small.
    static let tolerance = 0.25

    /// A ring or line of the plane in pixels, simplified to ``tolerance``.
    func pixelRing(_ ring: Polyline, _ frame: PlotFrame) -> Polyline {
        let pixels = ring.points.map(frame.pixel)
        let kept = ring.isClosed
            ? Simplification.douglasPeucker(ring: pixels, tolerance: Self.tolerance)
            : Simplification.douglasPeucker(pixels, tolerance: Self.tolerance)
        return Polyline(kept.map { Point($0.0, $0.1) }, isClosed: ring.isClosed)
    }

    /// Rings already in pixels.
    private func draw(_ rings: [Polyline], into path: inout PathData) {
        for ring in rings {
            let pixels = ring.points.map { ($0.x, $0.y) }
            if ring.isClosed { path.polygon(pixels) } else { path.polyline(pixels) }
        }
    }

    private func regions(_ regions: DecisionRegions, _ frame: PlotFrame) -> [Node] {
        // Each band is painted as the whole region at or above its lower threshold, lowest first,
        // so the next band covers it from its own threshold up: every contour is written once,
        // and no seam can open between neighbours. The group's opacity applies to the stack as
        // one picture, so overlaps do not darken.
        let squares = MarchingSquares(regions.grid)
        let thresholds = regions.thresholds
        let bounds = [-Double.infinity] + thresholds + [Double.infinity]
        var bands: [Node] = []
        for (index, level) in ([-Double.greatestFiniteMagnitude] + thresholds).enumerated() {
            var path = PathData()
            draw(squares.rings(above: level).map { pixelRing($0, frame) }, into: &path)
            guard !path.isEmpty else { continue }
            let color = regions.color(of: Isoband(lower: bounds[index], upper: bounds[index + 1], rings: [])).hex
            bands.append(.element("path", ["d": path.text, "fill": color], []))
        }
        // The bands are drawn over the plot background at partial opacity, so the class-coloured
        // points on top stay visible, in a light and a dark theme alike.
        var nodes: [Node] = [.element("g", ["fill-rule": "evenodd", "opacity": "0.72"], bands)]
        if let level = regions.boundaryLevel {
            var path = PathData()
            draw(MarchingSquares(regions.grid).isolines(at: level).map { pixelRing($0, frame) }, into: &path)
            if !path.isEmpty {
                // A halo in the background's colour under a line in the text's: visible over dark
                // and light region colours in both themes.
                nodes.append(.element("path", ["class": "halo", "d": path.text], []))
                nodes.append(.element("path", ["class": "boundary", "d": path.text], []))
            }
        }
        return nodes
    }

    private func heatMap(_ map: HeatMap, _ frame: PlotFrame) -> Node {
        var paths: [Node] = []
        switch map.style {
        case .cells:
            let cellWidth = (map.grid.x.upperBound - map.grid.x.lowerBound) / Double(map.grid.columns - 1)
            let cellHeight = (map.grid.y.upperBound - map.grid.y.lowerBound) / Double(map.grid.rows - 1)
            var current: (level: Int, path: PathData)?
            func flush() {
                guard let (level, path) = current else { return }
                let color = map.color(ofLevel: level).hex
                paths.append(.element("path", ["d": path.text, "fill": color, "stroke": color], []))
            }
            for cell in map.mergedCells() {
                if current?.level != cell.level {
                    flush()
                    current = (cell.level, PathData())
                }
                let x0 = frame.px(map.grid.x.lowerBound + (Double(cell.column) - 0.5) * cellWidth)
                let x1 = frame.px(map.grid.x.lowerBound + (Double(cell.column + cell.width) - 0.5) * cellWidth)
                let y0 = frame.py(map.grid.y.lowerBound + (Double(cell.row + cell.height) - 0.5) * cellHeight)
                let y1 = frame.py(map.grid.y.lowerBound + (Double(cell.row) - 0.5) * cellHeight)
                current?.path.rectangle(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
            }
            flush()
        case .bands:
            let range = map.range
            let thresholds = (1..<map.levels).map {
                range.lowerBound + Double($0) / Double(map.levels) * (range.upperBound - range.lowerBound)
            }
            let bands = Isoband.bands(of: map.grid, thresholds: thresholds) { pixelRing($0, frame) }
            for (index, band) in bands.enumerated() {
                var path = PathData()
                draw(band.rings, into: &path)
                let level = map.level(of: band.lower.isFinite ? band.lower : range.lowerBound) ?? index
                let color = map.color(ofLevel: level).hex
                paths.append(.element("path", ["d": path.text, "fill": color, "stroke": color], []))
            }
        }
        return .element("g", ["fill-rule": "evenodd", "stroke-width": "0.5"], paths)
    }
}
