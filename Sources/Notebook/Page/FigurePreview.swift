import Markup
import SVGPlot

/// A page's first figure as a small standalone SVG file for the index (`previews/bp.svg`).
///
/// The figure is vector art, so the preview is the same drawing shown smaller: the figure's own
/// `<svg>` nested in a document that carries the plot colours (light, and dark under
/// `prefers-color-scheme: dark`) and SVGPlot's figure rules, because an SVG shown by `<img>`
/// cannot read the site's stylesheet. Its ids are unique in the file, whatever other pages use.
///
/// ```swift
/// FigurePreview.document(for: figure)          // "<svg xmlns=… viewBox=\"0 0 480 360\">…"
/// FigurePreview.size(of: figure, width: 160)   // (width: 160, height: 120)
/// ```
enum FigurePreview {
    /// The standalone SVG document.
    static func document(for figure: RenderedFigure) -> String {
        let (width, height) = intrinsicSize(of: figure)
        let root = Node.element("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "version": "1.1",
            "viewBox": "0 0 \(width) \(height)", "width": String(width), "height": String(height),
        ], [
            .element("style", [.text(Stylesheet.previewCSS)]),
            .trusted(figure.svg),
        ])
        return root.render(.xml) + "\n"
    }

    /// The preview's size for a given width, keeping the figure's proportions (whole pixels).
    static func size(of figure: RenderedFigure, width: Int) -> (width: Int, height: Int) {
        size(ofSVG: figure.svg, width: width)
    }

    /// The same for any SVG text: a preview already in the site, whose page a partial build
    /// did not run.
    static func size(ofSVG svg: String, width: Int) -> (width: Int, height: Int) {
        let (figureWidth, figureHeight) = intrinsicSize(ofSVG: svg)
        return (width, Int((Double(width) * Double(figureHeight) / Double(figureWidth)).rounded()))
    }

    /// The `width` and `height` SVGPlot writes on the figure's `<svg>` (480 × 360 when absent).
    static func intrinsicSize(of figure: RenderedFigure) -> (Int, Int) {
        intrinsicSize(ofSVG: figure.svg)
    }

    private static func intrinsicSize(ofSVG svg: String) -> (Int, Int) {
        let openingTag = svg.prefix { $0 != ">" }
        func attribute(_ name: String) -> Int? {
            guard let start = openingTag.range(of: " \(name)=\"") else { return nil }
            let digits = openingTag[start.upperBound...].prefix { $0.isASCII && $0.isNumber }
            return Int(digits).flatMap { $0 > 0 && $0 <= 100_000 ? $0 : nil }
        }
        return (attribute("width") ?? 480, attribute("height") ?? 360)
    }
}
