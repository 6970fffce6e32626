/// The letter styles of `\mathbf`, `\mathbb`, … as Unicode's Mathematical Alphanumeric Symbols.
///
/// Browsers with MathML Core honour only `mathvariant="normal"`, so styled letters are written as
/// the styled code points themselves (𝐖 for `\mathbf{W}`), which every MathML renderer shows.
enum MathAlphabet: Equatable, Sendable {
    case upright
    case bold
    case italic
    case boldItalic
    case doubleStruck
    case script
    case fraktur
    case sansSerif
    case monospace

    /// The styled form of one letter, digit or Greek letter; other characters are unchanged.
    func styled(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if let exception = exceptions[scalar] { return exception }
        let value = scalar.value
        var mapped: UInt32?
        switch value {
        case 0x41...0x5A: mapped = latinCapitalA.map { $0 + value - 0x41 }
        case 0x61...0x7A: mapped = latinCapitalA.map { $0 + 26 + value - 0x61 }
        case 0x30...0x39: mapped = digitZero.map { $0 + value - 0x30 }
        default: mapped = greekOffset(value).flatMap { offset in greekCapitalAlpha(for: value).map { $0 + offset } }
        }
        return mapped.flatMap(Unicode.Scalar.init) ?? scalar
    }

    // MARK: - Unicode layout

    private var latinCapitalA: UInt32? {
        switch self {
        case .upright: nil
        case .bold: 0x1D400
        case .italic: 0x1D434
        case .boldItalic: 0x1D468
        case .script: 0x1D49C
        case .fraktur: 0x1D504
        case .doubleStruck: 0x1D538
        case .sansSerif: 0x1D5A0
        case .monospace: 0x1D670
        }
    }

    private var digitZero: UInt32? {
        switch self {
        case .bold, .boldItalic: 0x1D7CE
        case .doubleStruck: 0x1D7D8
        case .sansSerif: 0x1D7E2
        case .monospace: 0x1D7F6
        default: nil
        }
    }

    // The Greek blocks run Α…Ω (25 slots, ϴ in the gap at U+03A2), ∇, α…ω, ∂ ϵ ϑ ϰ ϕ ϱ ϖ.
    private func greekOffset(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x391...0x3A9: value - 0x391
        case 0x3B1...0x3C9: 26 + value - 0x3B1
        case 0x2207: 25
        default:
            [0x2202: 51, 0x3F5: 52, 0x3D1: 53, 0x3F0: 54, 0x3D5: 55, 0x3F1: 56, 0x3D6: 57][value]
        }
    }

    private func greekCapitalAlpha(for value: UInt32) -> UInt32? {
        // \boldsymbol keeps capital Greek upright, as TeX's bold math fonts do.
        let isCapital = (0x391...0x3A9).contains(value)
        switch self {
        case .bold: return 0x1D6A8
        case .italic: return 0x1D6E2
        case .boldItalic: return isCapital ? 0x1D6A8 : 0x1D71C
        default: return nil
        }
    }

    // Letters that Unicode encoded before the mathematical block, leaving holes in it.
    private var exceptions: [Unicode.Scalar: Unicode.Scalar] {
        switch self {
        case .italic: ["h": "ℎ"]
        case .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"]
        case .script:
            ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
             "e": "ℯ", "g": "ℊ", "o": "ℴ"]
        case .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"]
        default: [:]
        }
    }
}
