/// Colours and marker shapes for series and classes, in a fixed order.
///
/// The colours are mid-tones that stay readable on white and on a dark page; class 0 is red and
/// class 1 blue. Each class also gets its own marker shape, so classes stay apart without colour.
///
/// ```swift
/// Palette.color(1).hex   // "#2f6fd0", blue
/// Palette.marker(2)      // .triangle
/// ```
public enum Palette {
    static let colors: [Color] = [
        0xe03a3e, 0x2f6fd0, 0x2ca05a, 0xf08c1a, 0x9467bd, 0x16a8b8, 0xd6559f, 0x8c6d3f,
    ].map { Color(hex: $0) }

    /// The colour of series or class `index` (cycling after eight).
    public static func color(_ index: Int) -> Color {
        colors[((index % colors.count) + colors.count) % colors.count]
    }

    /// The marker shape of class `index` (cycling after six).
    public static func marker(_ index: Int) -> Marker {
        let all = Marker.allCases
        return all[((index % all.count) + all.count) % all.count]
    }
}

/// The shape of a scatter point.
public enum Marker: CaseIterable, Equatable, Sendable {
    case circle, square, triangle, diamond, triangleDown, cross

    /// Path data for this marker centred at (`x`, `y`) in pixels, with `radius` the circle's radius;
    /// the other shapes are sized to look as heavy as the circle.
    func pathData(x: Double, y: Double, radius r: Double, into path: inout PathData) {
        switch self {
        case .circle:
            path.circle(x: x, y: y, radius: r)
        case .square:
            let half = r * 0.89  // equal area: (2h)² = π r²
            path.polygon([(x - half, y - half), (x + half, y - half), (x + half, y + half), (x - half, y + half)])
        case .triangle:
            let s = r * 1.35
            path.polygon([(x, y - s), (x + s * 0.866, y + s * 0.5), (x - s * 0.866, y + s * 0.5)])
        case .triangleDown:
            let s = r * 1.35
            path.polygon([(x, y + s), (x - s * 0.866, y - s * 0.5), (x + s * 0.866, y - s * 0.5)])
        case .diamond:
            let s = r * 1.25
            path.polygon([(x, y - s), (x + s, y), (x, y + s), (x - s, y)])
        case .cross:
            let a = r * 1.1, b = r * 0.38
            path.polygon([
                (x - b, y - a), (x + b, y - a), (x + b, y - b), (x + a, y - b), (x + a, y + b), (x + b, y + b),
                (x + b, y + a), (x - b, y + a), (x - b, y + b), (x - a, y + b), (x - a, y - b), (x - b, y - b),
            ])
        }
    }
}
