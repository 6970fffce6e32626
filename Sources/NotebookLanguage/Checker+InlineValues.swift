// Inline values in prose: `{nn} step.output[1] digits=4`, checked against the names defined by
// the blocks above them.

extension Checker {
    /// Checks a notebook's blocks and inline values together, in document order: each value
    /// sees exactly the names the blocks before it define.
    public static func check(
        _ blocks: [BlockSource], values: [InlineValueSource]
    ) -> (blocks: [CheckedBlock], values: [InlineValueSpec?], diagnostics: DiagnosticList) {
        // Every definition of every block, to tell "defined further down" from "undefined": a
        // second parse of each block, so only when there are values to tell it for.
        let targets = values.isEmpty ? [] : blocks.map { block in Parser().parse(block).statements.flatMap(\.targets) }
        var checker = Checker()
        var checked: [CheckedBlock] = []
        var specs: [InlineValueSpec?] = []
        var diagnostics: [Diagnostic] = []
        func checkValues(upTo blockCount: Int) {
            while specs.count < values.count, values[specs.count].blocksBefore <= blockCount {
                let source = values[specs.count]
                let later = targets.dropFirst(max(0, source.blocksBefore)).joined()
                let (spec, problems) = checker.checkInlineValue(source, definedLater: Array(later))
                specs.append(spec)
                diagnostics += problems
            }
        }
        for block in blocks {
            checkValues(upTo: checked.count)
            let result = checker.check(block)
            checked.append(result.block)
            diagnostics += result.diagnostics
        }
        checkValues(upTo: Int.max)
        let reads = zip(values, specs).compactMap { source, spec in
            spec.map { (blocksBefore: source.blocksBefore, name: $0.value.name) }
        }
        return (decidingEvaluationDisplays(checked, valueReads: reads), specs, DiagnosticList(diagnostics))
    }

    /// Checks one inline value against the names defined so far; `definedLater` are the
    /// targets of the statements below it, for a better message than "undefined".
    func checkInlineValue(
        _ source: InlineValueSource, definedLater: [Statement.Word]
    ) -> (InlineValueSpec?, [Diagnostic]) {
        let value: Value
        let arguments: [Statement.Argument]
        switch Parser().parseInlineValue(source.line) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let parsed): (value, arguments) = parsed
        }
        let statement = Statement(targets: [], command: Statement.Word("{nn}", at: source.line.start),
                                  arguments: arguments)
        var reader = ArgumentReader(statement, signature: .inlineValue)
        var reference: Reference?
        if let name = value.reference?.name, symbols[name] == nil,
           let later = definedLater.first(where: { $0.text == name }) {
            reader.error(at: value.location, "'\(name)' is defined further down, on line \(later.location.line)",
                         hint: "an inline value shows the notebook after the blocks above it: "
                            + "move this text below that block", length: name.unicodeScalars.count)
        } else if let (resolved, symbol) = resolveReference(value, &reader) {
            var kind = symbol.kind
            var path = resolved.path[...]
            if let element = kind.element, case .index = path.first {
                kind = element
                path = path.dropFirst()
            }
            if path.isEmpty {
                let example = Self.numberExample(of: kind, at: resolved.description)
                reader.error(value, "'\(resolved)' is \(kind), not a number",
                             hint: example.map { "insert one of its numbers, such as \($0)" }
                                ?? "an inline value is one number, such as a trace's error or a model's loss")
            } else {
                reference = resolved
            }
        }
        let digits = reader.optional("digits").flatMap { reader.wholeNumber($0, "'digits'", in: .atLeast(1, atMost: 17)) }
        let decimals = reader.optional("decimals").flatMap {
            reader.wholeNumber($0, "'decimals'", in: .atLeast(0, atMost: 17))
        }
        if let given = reader.optional("decimals"), reader.optional("digits") != nil {
            reader.error(given, "'digits' and 'decimals' are two ways to round; give one",
                         hint: "digits=4 keeps four significant digits, decimals=2 two after the point")
        }
        guard let reference, !reader.hasErrors else { return (nil, reader.diagnostics) }
        let format: InlineValueSpec.Format = decimals.map { .decimals($0) } ?? .significant(digits ?? 10)
        return (InlineValueSpec(value: reference, format: format, location: value.location), reader.diagnostics)
    }

    /// A number a value of `kind` holds, for hints: `step.error`, `models[1].loss`.
    private static func numberExample(of kind: NameKind, at name: String) -> String? {
        switch kind {
        case .dataset: "\(name).count"
        case .model: "\(name).loss"
        case .modelSweep: "\(name)[1].loss"
        case .trace: "\(name).error"
        case .evaluation: "\(name).accuracy"
        case .network: "\(name).parameters"
        case .networkSweep: "\(name)[1].parameters"
        case .surface: "\(name).minima[1][3]"
        }
    }
}

extension Signature {
    /// The options of an inline value, read like a statement's keys. Not a command: it is not
    /// in ``commands``, and ``Checker/checkInlineValue(_:definedLater:)`` reads it itself.
    static let inlineValue = Signature(
        name: "{nn}", usage: "`{nn} t.output[1] digits=4`", positionals: 0...0, keys: ["digits", "decimals"],
        targets: .none, defines: nil, checking: .method { _, _ in nil })
}
