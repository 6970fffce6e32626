/// What the writer needs to know about neighbouring atoms to space them as TeX does.
extension MathNode {
    /// The atoms inside a group, or the atom itself.
    var contents: [MathNode] {
        if case .row(let nodes) = self { nodes } else { [self] }
    }

    var isSpace: Bool {
        if case .space = self { true } else { false }
    }

    /// A named function, possibly with scripts (`\tanh^2`, `\max_i`).
    var isFunction: Bool {
        switch self {
        case .function: true
        case .scripts(let base, _, _, _): base.isFunction
        default: false
        }
    }

    /// TeX's rule: a binary operator after these (or at the start) is unary, as in `= -x` or `(-x`.
    var makesNextBinaryUnary: Bool {
        switch self {
        case .op(let op):
            switch op.kind {
            case .binary, .relation, .open, .punctuation, .large: true
            case .ordinary, .close: false
            }
        case .function: true
        case .scripts(let base, _, _, _): base.makesNextBinaryUnary && !base.isBinaryOrRelation
        default: false
        }
    }

    private var isBinaryOrRelation: Bool {
        guard case .op(let op) = self else { return false }
        return op.kind == .binary || op.kind == .relation
    }

    /// An operator that takes no function application before it (`\max = 3`, `\log,`).
    var isInfixOrClosing: Bool {
        guard case .op(let op) = self else { return false }
        switch op.kind {
        case .binary, .relation, .punctuation, .close: return true
        case .ordinary, .open, .large: return false
        }
    }

    /// Whether this atom starts with an opening delimiter, so a function needs no space before it.
    var startsWithOpening: Bool {
        switch self {
        case .op(let op): op.kind == .open
        case .fenced(let open, let content, _): open != nil || (content.first?.startsWithOpening ?? false)
        case .scripts(let base, _, _, _): base.startsWithOpening
        case .row(let nodes): nodes.first?.startsWithOpening ?? false
        default: false
        }
    }
}
