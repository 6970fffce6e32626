extension TeXParser {
    /// Attaches any `_`, `^`, primes, `\limits` and `\nolimits` that follow `base`.
    ///
    /// Primes are superscripts, as in TeX: `w_5'` is `w_5^{\prime}` and `f'^2` is `f^{\prime 2}`.
    mutating func parseScripts(on base: MathNode) throws(TeXError) -> MathNode {
        var sub: MathNode?
        var sup: MathNode?
        var primes = 0
        var explicitLimits: Bool?
        while let token = peek() {
            switch token.kind {
            case .prime:
                if sup != nil { throw doubleScript(token, "superscript", example: "x^{2\\prime}") }
                primes += 1
                position += 1
            case .caret:
                if sup != nil { throw doubleScript(token, "superscript", example: "x^{a^b}") }
                position += 1
                sup = try parseScriptArgument(of: token)
            case .underscore:
                if sub != nil { throw doubleScript(token, "subscript", example: "x_{a_b}") }
                position += 1
                sub = try parseScriptArgument(of: token)
            case .command(let name) where name == "limits" || name == "nolimits":
                guard base.isOperatorLike, sub == nil, sup == nil, primes == 0 else {
                    throw TeXError(at: token, "'\\\(name)' must follow an operator",
                                   hint: "write it right after \\sum, \\int, \\lim or \\operatorname*{…}")
                }
                explicitLimits = name == "limits"
                position += 1
            default:
                return attach(sub: sub, sup: sup, primes: primes, to: base, limits: explicitLimits)
            }
        }
        return attach(sub: sub, sup: sup, primes: primes, to: base, limits: explicitLimits)
    }

    private func attach(sub: MathNode?, sup: MathNode?, primes: Int, to base: MathNode, limits: Bool?) -> MathNode {
        var superscript = sup
        if primes > 0 {
            let mark = MathNode.primes(Self.primeMarks(primes))
            superscript = sup.map { .row([mark, $0]) } ?? mark
        }
        if sub == nil, superscript == nil {
            // \limits alone still changes nothing visible, but \nolimits on \lim keeps it a function.
            return base
        }
        let hasLimits = limits ?? (base.prefersLimits && (isDisplayStyle || base.isBrace))
        return .scripts(base: base, sub: sub, sup: superscript, hasLimits: hasLimits)
    }

    /// ′, ″, ‴, ⁗ for one to four primes, then repeated single primes.
    static func primeMarks(_ count: Int) -> String {
        count <= 4 ? ["′", "″", "‴", "⁗"][count - 1] : String(repeating: "′", count: count)
    }

    // Scripts are never in display style: \sum in a superscript keeps its limits at the side.
    private mutating func parseScriptArgument(of token: TeXToken) throws(TeXError) -> MathNode {
        let saved = isDisplayStyle
        isDisplayStyle = false
        defer { isDisplayStyle = saved }
        return try parseArgument(of: token)
    }

    private func doubleScript(_ token: TeXToken, _ kind: String, example: String) -> TeXError {
        TeXError(at: token, "double \(kind)", hint: "use braces to say which comes first, e.g. \(example)")
    }
}
