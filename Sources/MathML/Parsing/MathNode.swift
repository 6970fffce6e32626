/// The math tree between TeX and MathML: one case per kind of TeX atom.
indirect enum MathNode: Equatable, Sendable {
    /// `<mi>`; upright identifiers (`\Gamma`, `\mathrm{d}`) are not italicised by the browser.
    case identifier(String, isUpright: Bool)
    /// `<mn>`, a run of digits with at most one decimal point.
    case number(String)
    /// `<mo>`.
    case op(MathOperator)
    /// A named function such as `\log`, written as `<mi>` and an invisible function application.
    case function(String, hasLimits: Bool)
    /// Primes (′, ″, …) as a superscript; a lone prime is written beside its base at full size.
    case primes(String)
    /// `<mtext>` from `\text{…}`.
    case text(String)
    /// `<mspace>`, width in em.
    case space(Double)
    /// A TeX group `{…}`, written as `<mrow>`.
    case row([MathNode])
    case fraction(numerator: MathNode, denominator: MathNode, style: FractionStyle)
    case root(MathNode, index: MathNode?)
    /// Sub- and superscripts; `hasLimits` places them under and over the base.
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?, hasLimits: Bool)
    /// An accent over (`\hat`) or under (`\underline`) its base.
    case accent(base: MathNode, mark: String, isStretchy: Bool, isUnder: Bool)
    /// `\left( … \right)` and matrix fences; `nil` is the invisible delimiter `.`.
    case fenced(open: MathOperator?, content: [MathNode], close: MathOperator?)
    case table(rows: [[[MathNode]]], layout: TableLayout)
    /// `\displaystyle` (true) or `\textstyle` (false) applied to the rest of a group.
    case style(isDisplay: Bool, [MathNode])

    /// Whether scripts on this atom go under and over it in display style (`\sum`, `\lim`).
    var prefersLimits: Bool {
        switch self {
        case .op(let op): op.kind == .large(hasLimits: true)
        case .function(_, let hasLimits): hasLimits
        case .accent: isBrace
        default: false
        }
    }

    /// `\underbrace` and `\overbrace`, whose labels go under and over them in every style.
    var isBrace: Bool {
        if case .accent(_, let mark, _, _) = self { mark == "⏟" || mark == "⏞" } else { false }
    }

    /// Whether this atom can take `\limits` and `\nolimits`.
    var isOperatorLike: Bool {
        switch self {
        case .op(let op): if case .large = op.kind { true } else { false }
        case .function: true
        default: false
        }
    }
}

/// How `\frac`, `\dfrac`, `\tfrac` and `\binom` differ.
enum FractionStyle: Equatable, Sendable {
    case auto
    case display
    case text
    case binomial
}

/// How an environment's table is aligned and spaced.
enum TableLayout: Equatable, Sendable {
    /// matrix, pmatrix, …: centred columns in text style.
    case matrix
    /// aligned, align, align*: right- and left-aligned column pairs in display style.
    case aligned
    /// gather, gathered: one centred column in display style.
    case gathered
    /// cases: left-aligned columns in text style.
    case cases
}

/// An `<mo>` with the TeX class that decides its spacing.
struct MathOperator: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case ordinary
        case binary
        case relation
        case open
        case close
        case punctuation
        case large(hasLimits: Bool)
    }

    var symbol: String
    var kind: Kind
    /// Set for `\left`, `\right`, `\middle` and `\big…` delimiters, which stretch.
    var isFence = false
    /// `\big` and friends: the fixed height in em.
    var size: Double? = nil

    init(_ symbol: String, _ kind: Kind, isFence: Bool = false, size: Double? = nil) {
        self.symbol = symbol
        self.kind = kind
        self.isFence = isFence
        self.size = size
    }
}
