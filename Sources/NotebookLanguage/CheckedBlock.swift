/// The checked statements of one block, and what the block as a whole reads and defines.
///
/// `reads` lists names the block takes from earlier blocks (a name it defines itself before
/// using it is not among them), in order of first use.
///
/// ```swift
/// // net = network 2-2-1
/// // m = train net on data epochs=5 rate=0.1
/// block.reads    // ["data"]
/// block.defines  // ["net", "m"]
/// ```
public struct CheckedBlock: Hashable, Sendable {
    public var statements: [CheckedStatement]

    public init(statements: [CheckedStatement]) {
        self.statements = statements
    }

    public var reads: [String] {
        var defined: Set<String> = []
        var reads: [String] = []
        for statement in statements {
            for name in statement.reads where !defined.contains(name) && !reads.contains(name) { reads.append(name) }
            defined.formUnion(statement.defines)
        }
        return reads
    }

    public var defines: [String] { unique(statements.flatMap(\.defines)) }
    public var files: [String] { unique(statements.flatMap(\.files)) }
    public var writes: [String] { unique(statements.flatMap(\.writes)) }

    private func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
