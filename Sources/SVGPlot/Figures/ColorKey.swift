import Markup

/// The key of decision-region figures, drawn once for a figure of any number of panels: the
/// class markers, then the shading as a colour bar ("p(class 1)" from 0 to 1) with the boundary
/// level marked on it.
///
/// ```swift
/// let key = ColorKey(title: "p(class 1)", regions: regions, points: data, key: "b3-1")
/// let svg = key.svg()   // one row, 336 px wide at most
/// ```
public struct ColorKey: Equatable, Sendable {
    public var title: String
    public var regions: DecisionRegions
    /// The classes named beside their markers; nil shows the colour bar alone.
    public var points: Scatter?
    public var key: String
    /// The widest the key may be before the colour bar moves to a second row.
    public var maximumWidth: Double
    /// The SVG's title and description in another language than SVGPlot's English (nil: ``summary``).
    public var accessibleText: (title: String, description: String)?

    public static func == (lhs: ColorKey, rhs: ColorKey) -> Bool {
        lhs.title == rhs.title && lhs.regions == rhs.regions && lhs.points == rhs.points && lhs.key == rhs.key
            && lhs.maximumWidth == rhs.maximumWidth && lhs.accessibleText?.title == rhs.accessibleText?.title
            && lhs.accessibleText?.description == rhs.accessibleText?.description
    }

    public init(title: String, regions: DecisionRegions, points: Scatter? = nil, key: String, maximumWidth: Double = 336) {
        self.title = title
        self.regions = regions
        self.points = points
        self.key = key
        self.maximumWidth = maximumWidth
        self.accessibleText = nil
    }

    static let barWidth = 120.0, barHeight = 12.0

    /// "Colour key: class 0 as red circles, class 1 as blue squares; shading shows p(class 1) from 0
    /// to 1, the boundary at 0.5."
    public var summary: String {
        var parts: [String] = []
        if let points {
            let names = ["red", "blue", "green", "orange", "purple", "teal", "pink", "brown"]
            let shapes = ["circles", "squares", "triangles", "diamonds", "downward triangles", "crosses"]
            parts.append(points.presentClasses.map { index in
                "\(points.name(ofClass: index)) as \(names[index % names.count]) \(shapes[index % shapes.count])"
            }.joined(separator: ", "))
        }
        let f = { NumberFormat.significant($0, 3) }
        let range = regions.range
        var shading = "shading shows \(title) from \(f(range.lowerBound)) to \(f(range.upperBound))"
        if let level = regions.boundaryLevel { shading += ", the boundary line at \(f(level))" }
        parts.append(shading)
        return "Colour key: " + parts.joined(separator: "; ") + "."
    }

    public func svg(includingStyle: Bool = true) -> String {
        node(includingStyle: includingStyle).render(.xml)
    }

    public func node(includingStyle: Bool = true) -> Node {
        var body: [Node] = []
        var x = 8.0
        let rowY = 18.0
        var markers: [Node] = [], labels: [Node] = []
        for index in points?.presentClasses ?? [] {
            var path = PathData()
            Palette.marker(index).pathData(x: x + 5, y: rowY, radius: 3.5, into: &path)
            markers.append(.element("path", ["d": path.text, "fill": Palette.color(index).hex], []))
            let name = points?.name(ofClass: index) ?? ""
            labels.append(PanelRenderer.text(name, x: x + 14, y: rowY + 4.5))
            x += 14 + FontMetrics.width(name, size: TextStyle.body) + 14
        }
        let titleWidth = FontMetrics.width(title, size: TextStyle.body)
        let barBlock = titleWidth + 8 + ColorKey.barWidth + 12
        // The bar beside the classes when it fits, else on a row of its own.
        var barRow = rowY
        let classesEnd = x
        if x + barBlock > maximumWidth && !markers.isEmpty {
            x = 8
            barRow = rowY + 34
        }
        labels.append(PanelRenderer.text(title, x: x, y: barRow + 4.5))
        let left = x + titleWidth + 8, top = barRow - ColorKey.barHeight / 2
        let range = regions.range, span = range.upperBound - range.lowerBound
        let edges = [range.lowerBound] + regions.thresholds + [range.upperBound]
        var bands: [Node] = []
        for (lower, upper) in zip(edges, edges.dropFirst()) {
            var path = PathData()
            let x0 = left + (lower - range.lowerBound) / span * ColorKey.barWidth
            let x1 = left + (upper - range.lowerBound) / span * ColorKey.barWidth
            path.rectangle(x: x0, y: top, width: x1 - x0, height: ColorKey.barHeight)
            let color = regions.color(of: Isoband(lower: lower, upper: upper, rings: [])).hex
            bands.append(.element("path", ["d": path.text, "fill": color], []))
        }
        // The same opacity as the regions, so the bar's colours are the plot's.
        body.append(.element("g", ["opacity": "0.72"], bands))
        var ticks: [Node] = []
        var tickValues = [range.lowerBound, range.upperBound]
        if let level = regions.boundaryLevel, range.contains(level) {
            tickValues.insert(level, at: 1)
            var line = PathData()
            let lx = left + (level - range.lowerBound) / span * ColorKey.barWidth
            line.move(lx, top - 2)
            line.line(lx, top + ColorKey.barHeight + 2)
            body.append(.element("path", ["class": "halo", "d": line.text], []))
            body.append(.element("path", ["class": "boundary", "d": line.text], []))
        }
        // Without a boundary the bands are classes: each labelled by its index at its middle.
        let labelled: [(value: Double, text: String)] = regions.boundaryLevel == nil
            ? zip(edges, edges.dropFirst()).enumerated().map { ((Double($0.element.0) + $0.element.1) / 2, "\($0.offset)") }
            : tickValues.map { ($0, NumberFormat.significant($0, 3)) }
        for (value, text) in labelled {
            let tx = left + (value - range.lowerBound) / span * ColorKey.barWidth
            ticks.append(PanelRenderer.text(text, x: tx, y: barRow + ColorKey.barHeight / 2 + 15))
        }
        if !markers.isEmpty { body.append(.element("g", ["class": "edge"], markers)) }
        body.append(.element("g", labels))
        body.append(.element("g", ["text-anchor": "middle"], ticks))
        let width = (left + ColorKey.barWidth + 12).rounded(.up)
        let height = barRow + ColorKey.barHeight / 2 + 22
        return SVGDocument(width: max(width, classesEnd.rounded(.up)), height: height, title: accessibleText?.title ?? "Colour key: classes and \(title)",
                           description: accessibleText?.description ?? summary, body: body)
            .node(includingStyle: includingStyle)
    }
}
