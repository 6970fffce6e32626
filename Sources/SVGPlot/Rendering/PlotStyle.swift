/// The style every SVGPlot figure uses, for pages that include it once.
///
/// A figure written with `svg(includingStyle: false)` relies on a page stylesheet that contains
/// ``css``; its rules are scoped by the `svgplot` class of each figure's root element.
public enum PlotStyle {
    /// CSS rules for text, axes, grid, legend and background, with light defaults taken from
    /// the `--plot-bg`, `--plot-text`, `--plot-axis`, `--plot-grid` and `--plot-legend` properties.
    public static var css: String { SVGDocument.css }
}
