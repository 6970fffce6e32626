/// The sizes of a figure's text in CSS pixels, the same in every figure whatever its panel count.
///
/// A figure is 416 px wide (a panel of small multiples 336 px) and never scaled up, so on a
/// 368-pixel phone column it shrinks by at most 368 / 416 and its smallest text still renders at
/// 11.5 px; on a wide page it shows at its own size, 13–14 px. Small multiples are separate figures laid side by
/// side by the page, each drawn at this size.
enum TextStyle {
    /// Tick labels, legend entries, annotations.
    static let body = 13.0
    /// Axis titles.
    static let name = 13.0
    /// Panel titles.
    static let title = 14.0

    /// The height a line of body text takes in a legend.
    static let lineHeight = 18.0
}
