/// Writes a math tree as plain Unicode text, for places that cannot hold MathML: an SVG
/// figure's title, an axis title, a legend.
///
/// Letters, digits and symbols are written as they look (`\eta` is η); relations and binary
/// operators get a space on each side (`η = 0.5`, `a + b`); sub- and superscripts become Unicode
/// subscripts and superscripts where every character has one (`x_1` is x₁, `e^{-x}` is e⁻ˣ), and
/// `_(…)` / `^(…)` otherwise; fractions are `a/b` (parenthesised when a part is more than one
/// atom), roots `√x`, `√(a + b)`.
struct PlainTextWriter {
    func text(_ nodes: [MathNode]) -> String {
        var output = ""
        for (index, node) in nodes.enumerated() {
            let piece = text(node)
            if case .op(let op) = node, op.kind == .binary || op.kind == .relation,
               index > 0, !isSign(nodes, at: index) {
                output += " " + piece + " "
            } else {
                output += piece
            }
        }
        return output.trimmingSpaces
    }

    /// A binary operator at the start or after a relation, an opening or another operator is a sign.
    private func isSign(_ nodes: [MathNode], at index: Int) -> Bool {
        guard case .op(let op) = nodes[index], op.kind == .binary else { return false }
        guard case .op(let previous) = nodes[index - 1] else { return false }
        return previous.kind != .close && previous.kind != .ordinary
    }

    func text(_ node: MathNode) -> String {
        switch node {
        case .identifier(let name, _): return name
        case .number(let digits): return digits
        case .op(let op): return op.symbol
        case .function(let name, _): return name + " "
        case .primes(let primes): return primes
        case .text(let text): return text
        case .space(let width): return width > 0 ? " " : ""
        case .row(let nodes), .style(_, let nodes): return text(nodes)
        case .fraction(let numerator, let denominator, let style):
            if style == .binomial { return "(" + text(numerator) + " choose " + text(denominator) + ")" }
            return grouped(numerator) + "/" + grouped(denominator)
        case .root(let radicand, let index):
            return (index.map { script(text($0), Self.superscripts) ?? "" } ?? "") + "√" + grouped(radicand)
        case .scripts(let base, let sub, let sup, _):
            var result = text(base)
            if let sub { result += script(text(sub), Self.subscripts) ?? "_(" + text(sub) + ")" }
            if let sup { result += script(text(sup), Self.superscripts) ?? "^(" + text(sup) + ")" }
            return result
        case .accent(let base, _, _, _): return text(base)
        case .fenced(let open, let content, let close):
            return (open?.symbol ?? "") + text(content) + (close?.symbol ?? "")
        case .table(let rows, _):
            return rows.map { row in row.map { text($0) }.joined(separator: " ") }.joined(separator: "; ")
        }
    }

    /// A part of a fraction or root: one atom as it is, more in parentheses.
    private func grouped(_ node: MathNode) -> String {
        let written = text(node)
        if case .row(let nodes) = node, nodes.count > 1 { return "(" + written + ")" }
        return written
    }

    /// `text` in sub- or superscript characters, or nil when one of them has none.
    private func script(_ text: String, _ table: [Character: Character]) -> String? {
        var result = ""
        for character in text where character != " " {
            guard let mapped = table[character] else { return nil }
            result.append(mapped)
        }
        return result
    }

    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "−": "₋", "-": "₋", "=": "₌", "(": "₍", ")": "₎", "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ",
        "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "o": "ₒ", "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ",
        "u": "ᵤ", "v": "ᵥ", "x": "ₓ",
    ]
    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "−": "⁻", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ",
        "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "i": "ⁱ", "j": "ʲ", "k": "ᵏ", "l": "ˡ", "m": "ᵐ", "n": "ⁿ",
        "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ", "t": "ᵗ", "u": "ᵘ", "v": "ᵛ", "w": "ʷ", "x": "ˣ", "y": "ʸ",
        "z": "ᶻ", "T": "ᵀ", "′": "′",
    ]
}

extension String {
    /// Without spaces at either end, and runs of spaces as one.
    fileprivate var trimmingSpaces: String {
        var result = ""
        for character in self where !(character == " " && (result.isEmpty || result.last == " ")) {
            result.append(character)
        }
        while result.last == " " { result.removeLast() }
        return result
    }
}
