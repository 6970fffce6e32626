/// An sRGB colour written as `#rrggbb`.
///
/// ```swift
/// Color(hex: 0xd53e4f).mixed(with: Color(hex: 0xffffff), 0.5).hex   // "#ea9fa7"
/// ```
public struct Color: Equatable, Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double

    /// Components in 0…1.
    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from a 24-bit `0xRRGGBB` literal.
    public init(hex: Int) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255)
    }

    /// `#rrggbb`, each component rounded to the nearest of 256 levels.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for component in [red, green, blue] {
            let level = Int((min(1, max(0, component)) * 255).rounded())
            text.append(digits[level >> 4])
            text.append(digits[level & 15])
        }
        return text
    }

    /// The colour a fraction `t` of the way from this one to `other`, mixed linearly in sRGB.
    public func mixed(with other: Color, _ t: Double) -> Color {
        Color(
            red: red + (other.red - red) * t, green: green + (other.green - green) * t,
            blue: blue + (other.blue - blue) * t)
    }
}
