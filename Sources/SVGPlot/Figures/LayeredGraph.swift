import Markup

/// A layered graph drawn left to right: columns of nodes, edges from one column to the next,
/// optional text beside each node and on each edge.
///
/// SVGPlot knows nothing of what the graph stands for: the caller names the nodes, writes their
/// annotations and labels, and gives each edge a signed value. Edges with labels are drawn thin
/// in the axis colour, their labels stacked near the edge's start (a third of the way along), so
/// the labels of crossing edges never meet. Edges without labels are drawn with width and
/// opacity by |value| and colour by sign (blue below zero, orange above: a pair colour-blind
/// readers tell apart, mid-tones legible on light and dark backgrounds).
///
/// ```swift
/// let graph = LayeredGraph(columns: [[.init(label: "x1"), .init(label: "1", isBias: true)],
///                                    [.init(label: "y", annotation: ["out 0.73"])]],
///                          edges: [.init(from: (0, 0), to: (1, 0), value: 0.5, label: ["w1 0.5"])],
///                          title: "A neuron", key: "b1-1")
/// graph.svg()
/// ```
public struct LayeredGraph: Equatable, Sendable {
    /// One node: its name (drawn inside it when there is room) and lines of text beside it.
    public struct Node: Equatable, Sendable {
        public var label: String
        public var annotation: [String]
        /// A constant input (drawn as a square), such as a bias.
        public var isBias: Bool

        public init(label: String, annotation: [String] = [], isBias: Bool = false) {
            (self.label, self.annotation, self.isBias) = (label, annotation, isBias)
        }
    }

    /// An edge from node `from.row` of column `from.column` to a node of the next column.
    public struct Edge: Equatable, Sendable {
        public var from: Position
        public var to: Position
        public var value: Double
        /// Lines of text drawn on the edge; empty for none.
        public var label: [String]

        public init(from: (column: Int, row: Int), to: (column: Int, row: Int), value: Double, label: [String] = []) {
            self.from = Position(column: from.column, row: from.row)
            self.to = Position(column: to.column, row: to.row)
            self.value = value
            self.label = label
        }
    }

    public struct Position: Equatable, Hashable, Sendable {
        public var column: Int
        public var row: Int
    }

    public var columns: [[Node]]
    public var edges: [Edge]
    public var title: String
    /// What the figure shows, for screen readers; derived from the graph when nil.
    public var description: String?
    public var key: String
    public var width: Double = 416

    public init(columns: [[Node]], edges: [Edge], title: String, description: String? = nil, key: String) {
        (self.columns, self.edges, self.title, self.description, self.key) = (columns, edges, title, description, key)
    }

    /// Colours of negative and positive values on unlabelled edges.
    static let negative = Color(hex: 0x3b7fc4)
    static let positive = Color(hex: 0xe0801a)

    /// Labels in the body size the page's style gives every figure's text (no size of their own,
    /// so they read at 11.5 px or more on a phone).
    static let labelSize = TextStyle.body
    static let lineHeight = 15.0

    // MARK: - Layout

    /// Whether nodes are large enough to hold their names: at most 6 in the tallest column.
    private var isLarge: Bool { (columns.map(\.count).max() ?? 0) <= 6 }
    private var radius: Double { isLarge ? 15 : 7 }
    private var hasEdgeLabels: Bool { edges.contains { !$0.label.isEmpty } }

    private func textWidth(_ lines: [String]) -> Double {
        lines.map { FontMetrics.width($0, size: Self.labelSize) }.max() ?? 0
    }

    private var hasAnnotations: Bool { columns.contains { $0.contains { !$0.annotation.isEmpty } } }

    /// Where along an edge its label sits: a third of the way, or 0.4 when nodes carry text below
    /// them (clear of it on both sides).
    private var labelPosition: Double { hasAnnotations ? 0.4 : 1.0 / 3 }

    /// The vertical gap between neighbouring nodes: room for the stacked edge labels (those of
    /// one node's edges sit `labelPosition · gap` apart, those of neighbouring nodes' crossing
    /// edges `(1 − 2·labelPosition) · gap`) and for the text under each node.
    private var gap: Double {
        let tallest = Double(max(1, columns.map(\.count).max() ?? 1))
        if !isLarge { return max(16, 260 / tallest) }
        let labelLines = Double(edges.map(\.label.count).max() ?? 0)
        let annotationLines = Double(columns.flatMap { $0.map(\.annotation.count) }.max() ?? 0)
        let t = labelPosition
        let forLabels = (labelLines * Self.lineHeight + 5) / min(t, 1 - 2 * t)
        return max(64, forLabels, annotationLines * Self.lineHeight + 2 * radius + 16)
    }

    private var top: Double { 44 }
    var height: Double {
        let rows = Double(max(1, columns.map(\.count).max() ?? 1))
        return top + (rows - 1) * gap + radius + 12 + (hasEdgeLabels ? 0 : 22)
    }

    /// Each column's x: the first leaves room for its annotations to the left of the nodes.
    private var columnX: [Double] {
        let leftText = textWidth(columns.first?.flatMap(\.annotation) ?? [])
        let left = max(radius + 6, leftText / 2 + 6)
        let rightText = textWidth(columns.last?.flatMap(\.annotation) ?? [])
        let right = width - max(radius + 6, rightText / 2 + 6)
        guard columns.count > 1 else { return [width / 2] }
        return (0..<columns.count).map { left + (right - left) * Double($0) / Double(columns.count - 1) }
    }

    /// Each node's centre; a column is centred vertically on the tallest.
    func center(_ position: Position) -> Point {
        let xs = columnX
        let tallest = Double(max(1, columns.map(\.count).max() ?? 1))
        let count = Double(columns[position.column].count)
        let offset = (tallest - count) / 2 * gap
        return Point(xs[position.column], top + offset + Double(position.row) * gap)
    }

    // MARK: - Drawing

    /// The SVG document; `includingStyle: false` for pages that hold ``PlotStyle/css``.
    public func svg(includingStyle: Bool = true) -> String {
        document.node(includingStyle: includingStyle).render(.xml)
    }

    var document: SVGDocument {
        SVGDocument(width: width, height: height, title: title, description: description ?? summary, body: body)
    }

    private func c(_ value: Double) -> String { NumberFormat.coordinate(value) }

    private var body: [Markup.Node] {
        var nodes: [Markup.Node] = [.element("text", ["class": "title", "x": c(width / 2), "y": "20", "text-anchor": "middle"],
                                             [Markup.Node.text(title)])]
        nodes.append(edgeLines)
        nodes += edgeLabels
        nodes.append(nodeMarks)
        nodes += annotations
        if !hasEdgeLabels { nodes.append(colorKey) }
        return nodes
    }

    private var largestValue: Double { edges.map { abs($0.value) }.filter(\.isFinite).max() ?? 0 }

    private var edgeLines: Markup.Node {
        let largest = largestValue
        var weights = "", biases = ""
        var lines: [Markup.Node] = []
        for edge in edges {
            let (a, b) = (center(edge.from), center(edge.to))
            let dx = b.x - a.x, dy = b.y - a.y, length = max(1e-9, (dx * dx + dy * dy).squareRoot())
            // From rim to rim, not centre to centre.
            let (ux, uy) = (dx / length, dy / length)
            let d = "M\(c(a.x + ux * radius)) \(c(a.y + uy * radius))L\(c(b.x - ux * radius)) \(c(b.y - uy * radius))"
            if hasEdgeLabels {
                // Labelled edges all look alike: one path for the weights, one dashed for the biases.
                if columns[edge.from.column][edge.from.row].isBias { biases += d } else { weights += d }
            } else {
                let share = largest > 0 && edge.value.isFinite ? abs(edge.value) / largest : 0
                let color = edge.value < 0 ? Self.negative : Self.positive
                lines.append(.element("path", ["d": d, "stroke": color.hex, "stroke-width": c(0.5 + 3.5 * share),
                                               "stroke-opacity": c(0.3 + 0.7 * share)]))
            }
        }
        if !weights.isEmpty { lines.append(.element("path", ["class": "axis", "d": weights, "stroke-width": "1.1"])) }
        if !biases.isEmpty {
            lines.append(.element("path", ["class": "axis", "d": biases, "stroke-width": ".8", "stroke-dasharray": "3 2"]))
        }
        return .element("g", ["fill": "none", "stroke-linecap": "round"], lines)
    }

    private var edgeLabels: [Markup.Node] {
        guard hasEdgeLabels else { return [] }
        var blocks: [(x: Double, y: Double, lines: [String])] = []
        for edge in edges where !edge.label.isEmpty {
            let (a, b) = (center(edge.from), center(edge.to))
            let t = labelPosition
            let x = a.x + (b.x - a.x) * t, y = a.y + (b.y - a.y) * t
            blocks.append((x, y - Double(edge.label.count - 1) * Self.lineHeight / 2 + 4, edge.label))
        }
        return textBlocks(blocks)
    }

    /// Lines of text centred on `x`, the first line's baseline at `y`, each block over a plate of
    /// the background's colour so the edges it sits on do not cross it.
    private func textBlocks(_ blocks: [(x: Double, y: Double, lines: [String])]) -> [Markup.Node] {
        guard !blocks.isEmpty else { return [] }
        var plates: [String] = []
        var texts: [Markup.Node] = []
        for block in blocks {
            let width = textWidth(block.lines) + 4
            let height = Double(block.lines.count) * Self.lineHeight
            plates.append("M\(c(block.x - width / 2)) \(c(block.y - 11.5))h\(c(width))v\(c(height))h\(c(-width))z")
            // One line is the text itself; several are tspans, one per line.
            let lines: [Markup.Node] = block.lines.count == 1 ? [.text(block.lines[0])]
                : block.lines.enumerated().map { k, line in
                    .element("tspan", ["x": c(block.x), "y": c(block.y + Double(k) * Self.lineHeight)], [.text(line)])
                }
            texts.append(.element("text", ["x": c(block.x), "y": c(block.y)], lines))
        }
        return [.element("path", ["class": "plate", "d": plates.joined()]),
                .element("g", ["text-anchor": "middle"], texts)]
    }

    private var nodeMarks: Markup.Node {
        var marks: [Markup.Node] = []
        for (k, column) in columns.enumerated() {
            for (row, node) in column.enumerated() {
                let p = center(Position(column: k, row: row))
                if node.isBias {
                    let side = radius * 1.6
                    marks.append(.element("rect", ["class": "gnode", "x": c(p.x - side / 2), "y": c(p.y - side / 2),
                                                   "width": c(side), "height": c(side), "rx": "2"]))
                } else {
                    marks.append(.element("circle", ["class": "gnode", "cx": c(p.x), "cy": c(p.y), "r": c(radius)]))
                }
                if isLarge {
                    marks.append(.element("text", ["x": c(p.x), "y": c(p.y + 4.5)], [.text(node.label)]))
                }
            }
        }
        return .element("g", ["text-anchor": "middle"], marks)
    }

    /// Each node's lines, centred under it.
    private var annotations: [Markup.Node] {
        var blocks: [(x: Double, y: Double, lines: [String])] = []
        for (k, column) in columns.enumerated() {
            for (row, node) in column.enumerated() where !node.annotation.isEmpty {
                let p = center(Position(column: k, row: row))
                blocks.append((p.x, p.y + radius + 12, node.annotation))
            }
        }
        return textBlocks(blocks)
    }

    /// Under an unlabelled graph: what colour and width mean.
    private var colorKey: Markup.Node {
        let y = height - 12
        let f = { NumberFormat.significant($0, 2) }
        let largest = largestValue
        let items: [(Color, String)] = [(Self.negative, "−\(f(largest))"), (Self.positive, "+\(f(largest))")]
        var nodes: [Markup.Node] = []
        var x = width / 2 - 90
        for (color, text) in items {
            nodes.append(.element("path", ["d": "M\(c(x)) \(c(y - 4))h24", "stroke": color.hex, "stroke-width": "4"]))
            nodes.append(.element("text", ["x": c(x + 30), "y": c(y)], [.text(text)]))
            x += 100
        }
        return .element("g", [:], nodes)
    }

    /// "A layered graph of 3 columns (3, 3, 2 nodes) and 10 edges; values from −0.8 to 0.8."
    public var summary: String {
        let f = { NumberFormat.significant($0, 3) }
        let values = edges.map(\.value).filter(\.isFinite)
        var text = "A layered graph of \(columns.count) columns (\(columns.map { String($0.count) }.joined(separator: ", ")) nodes)"
            + " and \(edges.count) edges"
        if let low = values.min(), let high = values.max() { text += "; edge values from \(f(low)) to \(f(high))" }
        return text + "."
    }
}
