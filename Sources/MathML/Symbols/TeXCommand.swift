/// What a supported TeX command means; ``TeXCommand/table`` lists every one weave knows.
enum TeXCommand: Equatable, Sendable {
    case identifier(String, isUpright: Bool)
    case op(MathOperator)
    case function(String, hasLimits: Bool)
    case space(Double)
    case fraction(FractionStyle)
    case squareRoot
    case accent(String, isStretchy: Bool, isUnder: Bool)
    case font(MathAlphabet)
    case text
    case operatorName
    case style(isDisplay: Bool)
    case left
    case right
    case middle
    case big(Double, MathOperator.Kind)
    case begin
    case end
    case limits(Bool)
    case newline

    /// The command named `name` (without its backslash), if weave supports it.
    static func named(_ name: String) -> TeXCommand? { table[name] }

    /// Every supported command name, sorted, for hints.
    static let names: [String] = table.keys.sorted()

    private static func ops(_ kind: MathOperator.Kind, _ pairs: [(String, String)]) -> [(String, TeXCommand)] {
        pairs.map { ($0.0, .op(MathOperator($0.1, kind))) }
    }

    private static func letters(upright: Bool, _ pairs: [(String, String)]) -> [(String, TeXCommand)] {
        pairs.map { ($0.0, .identifier($0.1, isUpright: upright)) }
    }

    static let table: [String: TeXCommand] = {
        var entries: [(String, TeXCommand)] = []
        entries += letters(upright: false, [
            ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ϵ"),
            ("varepsilon", "ε"), ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "ϑ"),
            ("iota", "ι"), ("kappa", "κ"), ("varkappa", "ϰ"), ("lambda", "λ"), ("mu", "μ"), ("nu", "ν"),
            ("xi", "ξ"), ("omicron", "ο"), ("pi", "π"), ("varpi", "ϖ"), ("rho", "ρ"), ("varrho", "ϱ"),
            ("sigma", "σ"), ("varsigma", "ς"), ("tau", "τ"), ("upsilon", "υ"), ("phi", "ϕ"),
            ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"), ("omega", "ω"),
            ("partial", "∂"), ("ell", "ℓ"), ("infty", "∞"), ("imath", "ı"), ("jmath", "ȷ"),
        ])
        entries += letters(upright: true, [
            ("Gamma", "Γ"), ("Delta", "Δ"), ("Theta", "Θ"), ("Lambda", "Λ"), ("Xi", "Ξ"), ("Pi", "Π"),
            ("Sigma", "Σ"), ("Upsilon", "Υ"), ("Phi", "Φ"), ("Psi", "Ψ"), ("Omega", "Ω"),
            ("nabla", "∇"), ("top", "⊤"), ("bot", "⊥"), ("emptyset", "∅"), ("varnothing", "∅"),
            ("hbar", "ℏ"), ("prime", "′"), ("Re", "ℜ"), ("Im", "ℑ"), ("aleph", "ℵ"),
        ])
        entries += ops(.binary, [
            ("cdot", "⋅"), ("times", "×"), ("div", "÷"), ("pm", "±"), ("mp", "∓"), ("ast", "∗"),
            ("star", "⋆"), ("circ", "∘"), ("bullet", "∙"), ("odot", "⊙"), ("otimes", "⊗"),
            ("oplus", "⊕"), ("ominus", "⊖"), ("cup", "∪"), ("cap", "∩"), ("setminus", "∖"),
            ("wedge", "∧"), ("vee", "∨"), ("land", "∧"), ("lor", "∨"),
        ])
        entries += ops(.relation, [
            ("approx", "≈"), ("le", "≤"), ("leq", "≤"), ("ge", "≥"), ("geq", "≥"), ("ne", "≠"),
            ("neq", "≠"), ("equiv", "≡"), ("propto", "∝"), ("sim", "∼"), ("simeq", "≃"),
            ("cong", "≅"), ("in", "∈"), ("notin", "∉"), ("ni", "∋"), ("subset", "⊂"),
            ("subseteq", "⊆"), ("supset", "⊃"), ("supseteq", "⊇"), ("to", "→"), ("rightarrow", "→"),
            ("leftarrow", "←"), ("gets", "←"), ("leftrightarrow", "↔"), ("Rightarrow", "⇒"),
            ("Leftarrow", "⇐"), ("Leftrightarrow", "⇔"), ("implies", "⟹"), ("iff", "⟺"),
            ("mapsto", "↦"), ("longrightarrow", "⟶"), ("longmapsto", "⟼"), ("uparrow", "↑"),
            ("downarrow", "↓"), ("ll", "≪"), ("gg", "≫"), ("mid", "∣"), ("parallel", "∥"),
            ("perp", "⟂"), ("coloneqq", "≔"), ("triangleq", "≜"), ("doteq", "≐"), ("models", "⊨"),
        ])
        entries += ops(.ordinary, [
            ("ldots", "…"), ("dots", "…"), ("cdots", "⋯"), ("vdots", "⋮"), ("ddots", "⋱"),
            ("forall", "∀"), ("exists", "∃"), ("neg", "¬"), ("lnot", "¬"), ("|", "‖"), ("Vert", "‖"),
            ("vert", "|"), ("backslash", "∖"), ("angle", "∠"), ("#", "#"), ("$", "$"), ("%", "%"),
            ("&", "&"), ("_", "_"),
        ])
        entries += ops(.open, [
            ("{", "{"), ("lbrace", "{"), ("langle", "⟨"), ("lvert", "|"), ("lVert", "‖"),
            ("lfloor", "⌊"), ("lceil", "⌈"), ("lbrack", "["),
        ])
        entries += ops(.close, [
            ("}", "}"), ("rbrace", "}"), ("rangle", "⟩"), ("rvert", "|"), ("rVert", "‖"),
            ("rfloor", "⌋"), ("rceil", "⌉"), ("rbrack", "]"),
        ])
        entries += ops(.punctuation, [("colon", ":")])
        entries += ops(.large(hasLimits: true), [
            ("sum", "∑"), ("prod", "∏"), ("coprod", "∐"), ("bigcup", "⋃"), ("bigcap", "⋂"),
            ("bigoplus", "⨁"), ("bigotimes", "⨂"), ("bigvee", "⋁"), ("bigwedge", "⋀"),
        ])
        entries += ops(.large(hasLimits: false), [
            ("int", "∫"), ("iint", "∬"), ("iiint", "∭"), ("oint", "∮"),
        ])
        for name in ["log", "ln", "exp", "sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh",
                     "coth", "arcsin", "arccos", "arctan", "arg", "deg", "dim", "hom", "ker", "lg"] {
            entries.append((name, .function(name, hasLimits: false)))
        }
        for name in ["max", "min", "lim", "sup", "inf", "det", "gcd", "Pr", "liminf", "limsup", "argmax", "argmin"] {
            let spelled = ["liminf": "lim inf", "limsup": "lim sup", "argmax": "arg max", "argmin": "arg min"][name]
            entries.append((name, .function(spelled ?? name, hasLimits: true)))
        }
        // Widths in em from TeX's mu: \, 3mu, \: 4mu, \; 5mu (18mu = 1em); \ and ~ an interword space.
        entries += [(",", .space(0.1667)), (":", .space(0.2222)), (">", .space(0.2222)), (";", .space(0.2778)),
                    ("!", .space(-0.1667)), (" ", .space(0.3333)), ("quad", .space(1)), ("qquad", .space(2)),
                    ("enspace", .space(0.5)), ("thinspace", .space(0.1667)), ("medspace", .space(0.2222)),
                    ("thickspace", .space(0.2778))]
        entries += [("frac", .fraction(.auto)), ("dfrac", .fraction(.display)), ("tfrac", .fraction(.text)),
                    ("binom", .fraction(.binomial)), ("sqrt", .squareRoot)]
        entries += [
            // ― (U+2015) is the bar that math fonts stretch; ‾ and ¯ stay one glyph wide.
            ("hat", .accent("^", isStretchy: false, isUnder: false)),
            ("widehat", .accent("^", isStretchy: true, isUnder: false)),
            ("bar", .accent("¯", isStretchy: false, isUnder: false)),
            ("overline", .accent("―", isStretchy: true, isUnder: false)),
            ("underline", .accent("―", isStretchy: true, isUnder: true)),
            ("tilde", .accent("~", isStretchy: false, isUnder: false)),
            ("widetilde", .accent("~", isStretchy: true, isUnder: false)),
            ("vec", .accent("→", isStretchy: false, isUnder: false)),
            ("overrightarrow", .accent("→", isStretchy: true, isUnder: false)),
            ("dot", .accent("˙", isStretchy: false, isUnder: false)),
            ("ddot", .accent("¨", isStretchy: false, isUnder: false)),
            ("check", .accent("ˇ", isStretchy: false, isUnder: false)),
            ("breve", .accent("˘", isStretchy: false, isUnder: false)),
            ("acute", .accent("´", isStretchy: false, isUnder: false)),
            ("grave", .accent("`", isStretchy: false, isUnder: false)),
            ("overbrace", .accent("⏞", isStretchy: true, isUnder: false)),
            ("underbrace", .accent("⏟", isStretchy: true, isUnder: true)),
        ]
        entries += [("mathbf", .font(.bold)), ("boldsymbol", .font(.boldItalic)), ("bm", .font(.boldItalic)),
                    ("mathit", .font(.italic)), ("mathrm", .font(.upright)), ("mathbb", .font(.doubleStruck)),
                    ("mathcal", .font(.script)), ("mathscr", .font(.script)), ("mathfrak", .font(.fraktur)),
                    ("mathsf", .font(.sansSerif)), ("mathtt", .font(.monospace))]
        entries += [("text", .text), ("textrm", .text), ("mbox", .text), ("operatorname", .operatorName),
                    ("displaystyle", .style(isDisplay: true)), ("textstyle", .style(isDisplay: false)),
                    ("left", .left), ("right", .right), ("middle", .middle),
                    ("begin", .begin), ("end", .end), ("limits", .limits(true)), ("nolimits", .limits(false)),
                    ("\\", .newline)]
        // \big, \Big, \bigg, \Bigg: plain TeX's 8.5, 11.5, 14.5 and 17.5 pt delimiters, plus depth, in em.
        for (stem, size) in [("big", 1.2), ("Big", 1.623), ("bigg", 2.047), ("Bigg", 2.470)] {
            entries += [(stem, .big(size, .ordinary)), (stem + "l", .big(size, .open)),
                        (stem + "r", .big(size, .close)), (stem + "m", .big(size, .relation))]
        }
        return Dictionary(entries, uniquingKeysWith: { first, _ in first })
    }()
}
