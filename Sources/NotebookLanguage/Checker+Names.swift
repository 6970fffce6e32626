import Spelling
// Resolving names and references against the names defined so far.

extension Checker {
    /// The name in `value`, which must be defined as one of `kinds`.
    func resolve(_ value: Value, as kinds: [NameKind], _ reader: inout ArgumentReader) -> (String, Symbol)? {
        let wanted = kinds.map(\.description).joined(separator: " or ")
        guard case .word(let name) = value.kind else {
            reader.error(value, "expected the name of \(wanted), not \(value.text)", hint: notANameHint(value, kinds))
            return nil
        }
        guard let symbol = lookUp(name, value, &reader) else { return nil }
        guard kinds.contains(symbol.kind) else {
            var hint = "'\(name)' was defined on line \(symbol.location.line)"
            if symbol.kind == .modelSweep && kinds == [.model] { hint = "use 'table' for a sweep: table \(name) on …" }
            reader.error(value, "'\(name)' is \(symbol.kind), not \(wanted)", hint: hint)
            return nil
        }
        return (name, symbol)
    }

    /// A model or network named by `value`, as one of `kinds`: a name, or `name[K]`, member K of a
    /// sweep whose members are of one of `kinds` (the symbol is then the member's).
    func resolveSubject(_ value: Value, as kinds: [NameKind], _ reader: inout ArgumentReader) -> (Subject, Symbol)? {
        guard case .reference(let reference) = value.kind, reference.path.count == 1,
              case .index(let index) = reference.path[0] else {
            return resolve(value, as: kinds, &reader).map { (Subject($0.0), $0.1) }
        }
        let name = reference.name
        let word = Value(.word(name), text: name, location: value.location, length: name.unicodeScalars.count)
        guard let symbol = lookUp(name, word, &reader) else { return nil }
        guard let element = symbol.kind.element else {
            let wanted = kinds.map(\.description).joined(separator: " or ")
            reader.error(value, "'\(name)' is \(symbol.kind), not a sweep, so there is no \(value.text)",
                         hint: kinds.contains(symbol.kind) ? "write the name alone: \(name)"
                            : "expected \(wanted); '\(name)' was defined on line \(symbol.location.line)")
            return nil
        }
        guard kinds.contains(element) else {
            let wanted = kinds.map(\.description).joined(separator: " or ")
            reader.error(value, "'\(value.text)' is \(element), not \(wanted)",
                         hint: "'\(name)' was defined on line \(symbol.location.line)")
            return nil
        }
        let count = symbol.sweepCount
        guard index >= 1, count.map({ index <= $0 }) ?? true else {
            let noun = element == .model ? "models" : "networks"
            reader.error(value, "'\(name)' has \(count.map(String.init) ?? "fewer") \(noun), so there is no \(value.text)",
                         hint: "members are numbered from 1" + (count.map { " to \($0)" } ?? ""))
            return nil
        }
        return (Subject(name, member: index), symbol.member(index))
    }

    /// Why a reference such as `m.history` or `models[2]` cannot stand where a name of `kinds` is wanted.
    private func notANameHint(_ value: Value, _ kinds: [NameKind]) -> String? {
        guard let reference = value.reference else { return nil }
        let name = reference.name
        guard let symbol = symbols[name] else { return Spelling.didYouMean(name, among: symbols.keys.sorted()) }
        if let element = symbol.kind.element, reference.path.count == 1, case .index = reference.path[0] {
            return "'\(value.text)' is \(element), one member of '\(name)'"
        }
        return kinds.contains(symbol.kind) ? "write the name alone: \(name)"
            : "'\(name)' is \(symbol.kind), defined on line \(symbol.location.line)"
    }

    /// A defined name, recorded as read; an error with the nearest defined name otherwise.
    func lookUp(_ name: String, _ value: Value, _ reader: inout ArgumentReader) -> Symbol? {
        guard let symbol = symbols[name] else {
            let hint = Spelling.didYouMean(name, among: symbols.keys.sorted())
                ?? "define it first in this or an earlier block: \(name) = …"
            reader.error(at: value.location, "undefined name '\(name)'", hint: hint, length: name.unicodeScalars.count)
            return nil
        }
        if !reader.reads.contains(name) { reader.reads.append(name) }
        return symbol
    }

    /// A reference such as `t.output[1]` whose name is defined and whose first field exists.
    func resolveReference(_ value: Value, _ reader: inout ArgumentReader) -> (Reference, Symbol)? {
        guard let reference = value.reference else {
            reader.error(value, "expected a name or a reference such as t.output[1], not \(value.text)")
            return nil
        }
        guard let symbol = lookUp(reference.name, value, &reader) else { return nil }
        var kind = symbol.kind
        var path = reference.path[...]
        if let element = kind.element, case .index(let index) = path.first {
            if let count = symbol.sweepCount, index > count {
                reader.error(value, "index \(index) is out of range: '\(reference.name)' has \(count) elements",
                             hint: "indexes count from 1 to \(count)")
                return nil
            }
            kind = element
            path = path.dropFirst()
        }
        switch path.first {
        case .field(let field)? where !kind.fields.contains(field):
            let hint = Suggestion.hint(for: field, in: kind.fields) ?? "\(kind.rawValue)s have no fields"
            reader.error(value, "\(kind) has no field '\(field)'", hint: hint)
            return nil
        case .index? where kind.element == nil && path.count == reference.path.count:
            reader.error(value, "'\(reference.name)' is \(kind) and cannot be indexed",
                         hint: kind.fields.isEmpty ? nil : "its fields: " + kind.fields.joined(separator: ", "))
            return nil
        default:
            return (reference, symbol)
        }
    }
}
