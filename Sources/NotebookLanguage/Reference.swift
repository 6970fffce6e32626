/// A name with a path into it: `t.grad.w5` is `t` then fields `grad`, `w5`; `t.out[2][1]` is
/// `t`, field `out`, then indexes 2 and 1 (1-based, as the worked examples number things).
///
/// ```swift
/// Reference(name: "t", path: [.field("output"), .index(1)]).description  // "t.output[1]"
/// ```
public struct Reference: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case field(String)
        case index(Int)
    }

    public var name: String
    public var path: [Component]

    public init(name: String, path: [Component]) {
        self.name = name
        self.path = path
    }

    public var description: String {
        path.reduce(name) { text, component in
            switch component {
            case .field(let field): return text + "." + field
            case .index(let index): return text + "[\(index)]"
            }
        }
    }
}
