import Markup

/// Writes ``MathNode``s as presentation MathML for browsers with MathML Core (Chromium ≥ 109).
///
/// Spacing follows from each `<mo>`'s form (prefix, infix, postfix) and the browser's operator
/// dictionary. Where TeX spaces differently than that dictionary would, the writer says so:
/// a binary operator after a relation or an opening is unary (`form="prefix"`), fences that
/// must not stretch get `stretchy="false"`, and a function name is followed by a thin space
/// unless an opening delimiter follows.
struct MathMLWriter {
    static let namespace = "http://www.w3.org/1998/Math/MathML"

    /// The `<math>` element for a formula, with its TeX source as an annotation.
    func math(_ nodes: [MathNode], source: String, display: Bool) -> Node {
        .element("math", ["xmlns": Self.namespace, "display": display ? "block" : "inline"], [
            .element("semantics", [
                row(nodes),
                .element("annotation", ["encoding": "application/x-tex"], [.text(source)]),
            ]),
        ])
    }

    /// One node for a sequence: the single child itself, or an `<mrow>` around several.
    func row(_ nodes: [MathNode]) -> Node {
        let children = elements(nodes)
        return children.count == 1 ? children[0] : .element("mrow", children)
    }

    /// The elements for a sequence of atoms, with TeX's spacing rules between neighbours.
    func elements(_ nodes: [MathNode]) -> [Node] {
        var result: [Node] = []
        var previous: MathNode?
        for (index, node) in nodes.enumerated() {
            if node.isFunction, let previous, !previous.makesNextBinaryUnary, !nodes[index - 1].isSpace {
                // TeX puts a thin space between an ordinary atom and an operator name: t log o.
                result.append(space(0.1667))
            }
            if case .op(let op) = node, op.kind == .binary, let previous, previous.makesNextBinaryUnary {
                result.append(element(op, form: "prefix"))
            } else {
                result.append(element(node))
            }
            if node.isFunction {
                result += functionApplication(before: nodes[(index + 1)...].first { !$0.isSpace })
            }
            if !node.isSpace { previous = node }
        }
        return result
    }

    // ⁡ (U+2061) tells readers a function is applied; TeX puts a thin space before an argument
    // that is not bracketed (log x), none before (log(x)) or before operators (max = …).
    private func functionApplication(before next: MathNode?) -> [Node] {
        guard let next, !next.isInfixOrClosing else { return [] }
        let apply = Node.element("mo", [.text("\u{2061}")])
        return next.startsWithOpening ? [apply] : [apply, space(0.1667)]
    }

    // MARK: - Atoms

    func element(_ node: MathNode) -> Node {
        switch node {
        case .identifier(let name, let isUpright):
            let isSingle = name.count == 1
            return isUpright && isSingle ? .element("mi", ["mathvariant": "normal"], [.text(name)]) : .element("mi", [.text(name)])
        case .number(let digits):
            return .element("mn", [.text(digits)])
        case .op(let op):
            return element(op, form: nil)
        case .function(let name, _):
            return .element("mi", [.text(name)])
        case .primes(let marks):
            return primeMark(marks)
        case .text(let text):
            return .element("mtext", [.text(Self.keepingEdgeSpaces(text))])
        case .space(let width):
            return space(width)
        case .row(let nodes):
            return .element("mrow", elements(nodes))
        case .fraction(let numerator, let denominator, let style):
            return fraction(numerator, denominator, style)
        case .root(let base, nil):
            return .element("msqrt", [row(base.contents)])
        case .root(let base, let index?):
            return .element("mroot", [row(base.contents), row(index.contents)])
        case .scripts(let base, let sub, let sup, let hasLimits):
            return scripts(base, sub, sup, hasLimits: hasLimits)
        case .accent(let base, let mark, let isStretchy, let isUnder):
            let markNode = Node.element("mo", ["stretchy": isStretchy ? "true" : "false"], [.text(mark)])
            // Braces are not accents: they keep a gap from what they span, as in TeX.
            let isAccent = !node.prefersLimits
            let attribute = isUnder ? "accentunder" : "accent"
            return .element(Element(isUnder ? "munder" : "mover", isAccent ? [(attribute, "true")] : [],
                                     [row(base.contents), markNode]))
        case .fenced(let open, let content, let close):
            let parts = (open.map { [MathNode.op($0)] } ?? []) + content + (close.map { [MathNode.op($0)] } ?? [])
            return .element("mrow", elements(parts))
        case .table(let rows, let layout):
            return TableWriter(writer: self).table(rows, layout: layout)
        case .style(let isDisplay, let nodes):
            return .element("mstyle", ["displaystyle": isDisplay ? "true" : "false", "scriptlevel": "0"],
                            elements(nodes))
        }
    }

    func element(_ op: MathOperator, form: String?) -> Node {
        var attributes: [(String, String)] = []
        if let form { attributes.append(("form", form)) }
        if op.isFence {
            attributes.append(("fence", "true"))
            attributes.append(("stretchy", "true"))
            if let size = op.size {
                let em = Self.em(size)
                attributes += [("minsize", em), ("maxsize", em)]
            }
        } else if Self.stretchyByDefault.contains(op.symbol) {
            // The dictionary makes these stretch to their row; TeX's ( only grows with \left.
            attributes.append(("stretchy", "false"))
        }
        // \left and \right fences start and end their own row; \big ones and plain bars sit
        // inside a row, where a bar would be infix and spaced like a relation.
        if Self.bars.contains(op.symbol), !op.isFence || op.size != nil {
            switch op.kind {
            case .open where form == nil: attributes.insert(("form", "prefix"), at: 0)
            case .close: attributes.insert(("form", "postfix"), at: 0)
            case .ordinary: attributes += [("lspace", "0em"), ("rspace", "0em")]
            default: break
            }
        }
        if case .large(hasLimits: false) = op.kind {
            // ∫ keeps its limits at the side in every style.
            attributes.append(("movablelimits", "false"))
        }
        return .element(Element("mo", attributes, [.text(op.symbol)]))
    }

    private func primeMark(_ marks: String) -> Node {
        .element("mo", ["lspace": "0em", "rspace": "0em"], [.text(marks)])
    }

    func space(_ width: Double) -> Node {
        .element("mspace", ["width": Self.em(width)])
    }

    private func fraction(_ numerator: MathNode, _ denominator: MathNode, _ style: FractionStyle) -> Node {
        let parts = [row(numerator.contents), row(denominator.contents)]
        switch style {
        case .auto:
            return .element("mfrac", parts)
        case .display, .text:
            return .element("mstyle", ["displaystyle": style == .display ? "true" : "false", "scriptlevel": "0"],
                            [.element("mfrac", parts)])
        case .binomial:
            return .element("mrow", [
                element(MathOperator("(", .open, isFence: true), form: nil),
                .element("mfrac", ["linethickness": "0"], parts),
                element(MathOperator(")", .close, isFence: true), form: nil),
            ])
        }
    }

    private func scripts(_ base: MathNode, _ sub: MathNode?, _ sup: MathNode?, hasLimits: Bool) -> Node {
        var baseNode = element(base)
        if hasLimits, case .op(let op) = base {
            // The parser has placed the limits; the dictionary's movablelimits would move them
            // back to the side in text style (\sum\limits inline).
            baseNode = .element(Element("mo", [("movablelimits", "false")], [.text(op.symbol)]))
        } else if case .op(let op) = base, op.size != nil {
            // Chromium ignores minsize on an operator that is itself a script base; in a row it is kept.
            baseNode = .element("mrow", [baseNode])
        }
        if case .primes(let marks)? = sup {
            // The prime glyph is drawn raised at full size; as a superscript it would shrink and
            // float too high, so it follows its base (and any subscript: w₅′) in the row.
            let primed = sub.map { Node.element("msub", [baseNode, row($0.contents)]) } ?? baseNode
            return .element("mrow", [primed, primeMark(marks)])
        }
        let names = hasLimits ? ("munder", "mover", "munderover") : ("msub", "msup", "msubsup")
        switch (sub, sup) {
        case (let sub?, let sup?): return .element(names.2, [baseNode, row(sub.contents), row(sup.contents)])
        case (let sub?, nil): return .element(names.0, [baseNode, row(sub.contents)])
        case (nil, let sup?): return .element(names.1, [baseNode, row(sup.contents)])
        case (nil, nil): return baseNode
        }
    }

    // MARK: - Formatting

    /// Lengths in em, locale-free, without trailing zeros: 0.1667em, 1em, -0.1667em.
    static func em(_ value: Double) -> String {
        var text = String(Double((value * 10_000).rounded()) / 10_000)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text + "em"
    }

    // mtext drops spaces at its edges; TeX keeps them (\text{ if }), so they become no-break spaces.
    static func keepingEdgeSpaces(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == " " { scalars[0] = "\u{00A0}" }
        if scalars.last == " " { scalars[scalars.count - 1] = "\u{00A0}" }
        return String(String.UnicodeScalarView(scalars))
    }

    private static let bars: Set<String> = ["|", "‖", "/"]

    private static let stretchyByDefault: Set<String> = [
        "(", ")", "[", "]", "{", "}", "|", "‖", "⟨", "⟩", "⌊", "⌋", "⌈", "⌉", "/", "∣",
    ]
}
