/// A map from 0…1 to colours, by linear interpolation between evenly spaced stops.
///
/// ```swift
/// ColorMap.spectral.color(at: 0).hex     // "#9e0142", dark red
/// ColorMap.spectral.color(at: 0.5).hex   // "#ffffbf", pale yellow
/// ```
public struct ColorMap: Equatable, Sendable {
    public var stops: [Color]

    public init(stops: [Color]) {
        precondition(stops.count >= 2, "a colour map needs at least two stops")
        self.stops = stops
    }

    /// The colour at `t`, clamped to 0…1; not-a-number gives the middle colour.
    public func color(at t: Double) -> Color {
        let clamped = t.isNaN ? 0.5 : min(1, max(0, t))
        let position = clamped * Double(stops.count - 1)
        let index = min(stops.count - 2, Int(position))
        return stops[index].mixed(with: stops[index + 1], position - Double(index))
    }

    /// A diverging map from dark red through pale yellow to violet-blue: the 11 stops of
    /// ColorBrewer's "Spectral", the map matplotlib's `Spectral` is built from.
    public static let spectral = ColorMap(stops: [
        0x9e0142, 0xd53e4f, 0xf46d43, 0xfdae61, 0xfee08b, 0xffffbf, 0xe6f598, 0xabdda4, 0x66c2a5, 0x3288bd,
        0x5e4fa2,
    ].map { Color(hex: $0) })

    /// A sequential map from near-white to deep blue, for heat maps of one sign (ColorBrewer "Blues").
    public static let blues = ColorMap(stops: [
        0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b,
    ].map { Color(hex: $0) })
}
