import Markup

/// The root `<svg>` every figure shares: size, accessibility, theme and background.
///
/// Colours of text, axes, grid and background come from CSS custom properties with light
/// defaults, so a dark page restyles the same SVG by setting `--plot-bg`, `--plot-text`,
/// `--plot-axis`, `--plot-grid`, `--plot-legend` and `--plot-edge` (the outline of markers). A
/// decision boundary is drawn in the text colour over a halo of the background's, so it keeps its
/// contrast over any region colour in either theme. The style is scoped by the root's class.
struct SVGDocument {
    var width: Double
    var height: Double
    var title: String
    var description: String
    var body: [Node]

    static let rootClass = "svgplot"

    static let css = [
        ".svgplot .bg{fill:var(--plot-bg,#fff)}",
        ".svgplot text{fill:var(--plot-text,#222);font-family:\(FontMetrics.fontFamily);font-size:\(px(TextStyle.body))}",
        ".svgplot .title{font-size:\(px(TextStyle.title));font-weight:600}",
        ".svgplot .name{font-size:\(px(TextStyle.name))}",
        ".svgplot .edge{stroke:var(--plot-edge,#1a1a1a);stroke-width:.6;stroke-linejoin:round}",
        ".svgplot .note text{font-style:italic}",
        ".svgplot .boundary{stroke:var(--plot-text,#222);fill:none;stroke-width:1.5}",
        ".svgplot .halo{stroke:var(--plot-bg,#fff);fill:none;stroke-width:3.5;stroke-opacity:.8}",
        ".svgplot .grid{stroke:var(--plot-grid,#e4e4e4);fill:none}",
        ".svgplot .axis{stroke:var(--plot-axis,#555);fill:none}",
        ".svgplot .plate{fill:var(--plot-bg,#fff);fill-opacity:.85}",
        ".svgplot .gnode{fill:var(--plot-bg,#fff);stroke:var(--plot-text,#222);stroke-width:1.2}",
        ".svgplot .legend{fill:var(--plot-legend,rgba(255,255,255,.85));stroke:var(--plot-grid,#ccc)}",
    ].joined()

    private static func px(_ size: Double) -> String { NumberFormat.coordinate(size) + "px" }

    func node(includingStyle: Bool) -> Node {
        let w = NumberFormat.coordinate(width), h = NumberFormat.coordinate(height)
        var children: [Node] = [
            .element("title", [.text(title)]),
            .element("desc", [.text(description)]),
        ]
        if includingStyle { children.append(.element("style", [.text(SVGDocument.css)])) }
        children.append(.element("rect", ["class": "bg", "width": w, "height": h], []))
        children += body
        return .element(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "version": "1.1", "class": SVGDocument.rootClass,
                "viewBox": "0 0 \(w) \(h)", "width": w, "height": h, "style": "max-width:100%;height:auto",
                "role": "img",
            ], children)
    }
}
