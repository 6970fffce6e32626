import Markup

/// Small multiples: several figures in a grid of panels, drawn as one SVG with one shared style.
///
/// Each panel keeps its own title, axes and layers; panels fill rows left to right. Panel sizes
/// come from `panelWidth` and `panelHeight`, not from the panels' own sizes.
///
/// ```swift
/// let grid = FigureGrid(key: "hidden-sizes", title: "Hidden layer size", columns: 3,
///                       panels: sizes.map { Figure.decisionRegions(regions[$0], points: data, title: "h = \($0)") })
/// let svg = grid.svg()
/// ```
public struct FigureGrid: Equatable, Sendable {
    /// Makes ids unique in a page: panel k's clip path is `KEY-clip-k`.
    public var key: String
    public var title: String
    /// What the panels show; empty joins the panels' titles and summaries.
    public var description: String
    public var columns: Int
    public var panels: [Figure]
    public var panelWidth: Double
    public var panelHeight: Double

    public init(
        key: String, title: String = "", description: String = "", columns: Int, panels: [Figure],
        panelWidth: Double = 336, panelHeight: Double = 276
    ) {
        precondition(columns >= 1, "at least one column")
        self.key = key
        self.title = title
        self.description = description
        self.columns = columns
        self.panels = panels
        self.panelWidth = panelWidth
        self.panelHeight = panelHeight
    }

    public var rows: Int { (panels.count + columns - 1) / columns }

    private var titleHeight: Double { title.isEmpty ? 0 : 24 }

    public var width: Double { panelWidth * Double(min(columns, max(1, panels.count))) }
    public var height: Double { titleHeight + panelHeight * Double(rows) }

    /// The SVG document; see ``Figure/svg(includingStyle:)``.
    public func svg(includingStyle: Bool = true) -> String {
        node(includingStyle: includingStyle).render(.xml)
    }

    /// The SVG as a Markup `Node`, to place in a page.
    public func node(includingStyle: Bool = true) -> Node {
        var body: [Node] = []
        if !title.isEmpty {
            let heading = PanelRenderer.text(title, x: width / 2, y: 17, class: "title")
            body.append(.element("g", ["text-anchor": "middle"], [heading]))
        }
        for (index, panel) in panels.enumerated() {
            var sized = panel
            sized.width = panelWidth
            sized.height = panelHeight
            let renderer = PanelRenderer(
                figure: sized, clipID: FigureIDs.clipID(key: key, index: index + 1),
                originX: Double(index % columns) * panelWidth, originY: titleHeight + Double(index / columns) * panelHeight)
            body.append(.element("g", renderer.nodes()))
        }
        return SVGDocument(
            width: width, height: height, title: title.isEmpty ? "Plots" : title, description: summary, body: body
        ).node(includingStyle: includingStyle)
    }

    /// Each panel as an SVG document of its own, `panelWidth` × `panelHeight`, for a page to lay
    /// out (two or three across on a wide screen, one across on a phone): panel k's clip path is
    /// `KEY-clip-k` as in the single document, its `<title>` the grid's title and its own.
    public func panelNodes(includingStyle: Bool = true) -> [Node] {
        panels.enumerated().map { index, panel in
            var sized = panel
            sized.width = panelWidth
            sized.height = panelHeight
            var renderer = PanelRenderer(figure: sized, clipID: FigureIDs.clipID(key: key, index: index + 1))
            renderer.growsForLegend = true
            let layout = renderer.layout
            let name = [title, panel.accessibleTitle].filter { !$0.isEmpty }.joined(separator: ": ")
            return SVGDocument(
                width: panelWidth, height: panelHeight + layout.extraHeight,
                title: name.isEmpty ? "Panel \(index + 1) of \(panels.count)" : name,
                description: panel.summary, body: renderer.nodes(layout)
            ).node(includingStyle: includingStyle)
        }
    }

    /// The panels' SVG text; see ``panelNodes(includingStyle:)``.
    public func panelSVGs(includingStyle: Bool = true) -> [String] {
        panelNodes(includingStyle: includingStyle).map { $0.render(.xml) }
    }

    /// The description: the caller's, or each panel's title and summary.
    public var summary: String {
        if !description.isEmpty { return description }
        let count = "\(panels.count) panels in \(rows) × \(columns)."
        return ([count] + panels.map { $0.title.isEmpty ? $0.summary : "\($0.title): \($0.summary)" })
            .joined(separator: " ")
    }
}
