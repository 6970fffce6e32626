/// Where a panel's plot area lies in pixels and which data it shows: the map from data to pixels.
struct PlotFrame {
    var left: Double
    var top: Double
    var width: Double
    var height: Double
    var xDomain: ClosedRange<Double>
    var yDomain: ClosedRange<Double>
    var xScale: Scale
    var yScale: Scale

    var right: Double { left + width }
    var bottom: Double { top + height }

    /// The pixel x of a data x; not finite when the scale cannot show it.
    func px(_ x: Double) -> Double {
        left + xScale.fraction(x, in: xDomain) * width
    }

    /// The pixel y of a data y (data y grows upwards, pixels downwards).
    func py(_ y: Double) -> Double {
        top + (1 - yScale.fraction(y, in: yDomain)) * height
    }

    func pixel(_ point: Point) -> (Double, Double) {
        (px(point.x), py(point.y))
    }
}
