// evaluate, predict, table, print, expect, export.

extension Checker {
    /// What a statement of models on a dataset makes of them.
    enum Evaluation {
        /// `e = evaluate model on data`: accuracy and loss, a value.
        case evaluate
        /// `predict model on data`: a table of outputs.
        case predict
        /// `table models on data`: one row per model, several models or sweeps.
        case table
    }

    func evaluation(_ reader: inout ArgumentReader, _ command: Evaluation) -> Outcome? {
        let location = reader.statement.location
        let kinds: [NameKind] = command == .table ? [.model, .modelSweep] : [.model]
        let first = reader.positional(0, command == .table ? "a model or a model sweep" : "a model")
        var member: Int?
        let model = first.flatMap { value -> (String, Symbol)? in
            // `evaluate models[3] on data`: one member of a model sweep.
            if command != .table, let (name, index) = sweepMember(value) {
                member = index
                return resolveMember(name, index, value, &reader)
            }
            return resolve(value, as: kinds, &reader)
        }
        let dataset = reader.required("on").flatMap { resolve($0, as: [.dataset], &reader) }
        // `table a b c on data`: every further positional is another model or sweep.
        let others = command == .table ? reader.positionals.dropFirst().map { resolve($0, as: kinds, &reader) } : []
        guard let (name, symbol) = model, let (dataName, data) = dataset, others.allSatisfy({ $0 != nil }) else {
            return nil
        }
        for (name, symbol) in [(name, symbol)] + others.map({ $0! }) {
            if let spec = symbol.network { checkSizes(name, spec, dataName, data, reader.optional("on")!, &reader) }
        }
        switch command {
        case .evaluate:
            return Outcome(command: .evaluate(EvaluateSpec(model: name, dataset: dataName, member: member)),
                           symbols: [Symbol(.evaluation, at: location)])
        case .predict:
            return Outcome(command: .predict(PredictSpec(model: name, dataset: dataName, member: member)))
        case .table:
            return Outcome(command: .table(TableSpec(models: [name] + others.map { $0!.0 }, dataset: dataName)))
        }
    }

    func printValue(_ reader: inout ArgumentReader) -> Outcome? {
        let value = reader.positional(0, "a value to print").flatMap { resolveReference($0, &reader) }
        return value.map { Outcome(command: .print(PrintSpec(value: $0.0))) }
    }

    func expect(_ reader: inout ArgumentReader) -> Outcome? {
        let comparison = reader.statement.comparison!
        let value = resolveReference(comparison.left, &reader)
        let expected = reader.number(comparison.right, "'expect'", in: .any)
        var tolerance = comparison.comparator == .equal ? 1e-9 : 0
        if let tol = reader.optional("tol") {
            if comparison.comparator != .equal {
                reader.error(at: reader.statement.arguments.first { $0.key?.text == "tol" }!.key!.location,
                             "'tol' applies only to '='", hint: "remove it: '\(comparison.comparator.rawValue)' "
                             + "compares exactly", length: 3)
            }
            guard let given = reader.number(tol, "'tol'", in: .atLeast(0)) else { return nil }
            tolerance = given
        }
        guard let (reference, _) = value, let expected else { return nil }
        return Outcome(command: .expect(ExpectSpec(value: reference, comparator: comparison.comparator,
                                                   expected: expected, tolerance: tolerance)))
    }

    func export(_ reader: inout ArgumentReader) -> Outcome? {
        let value = reader.positional(0, "a value to export").flatMap { resolveReference($0, &reader) }
        let pathValue = reader.required("to")
        let path = pathValue.flatMap { pathValue in
            reader.string(pathValue, "'to'").flatMap { checkedPath($0, pathValue, &reader) }
        }
        guard let (reference, symbol) = value, let path, let pathValue else { return nil }
        let format: ExportSpec.Format
        switch (symbol.kind, reference.path) {
        case (.dataset, []): format = .csv
        case (.model, []): format = path.hasSuffix(".py") ? .py : .json
        case (.model, [.field("history")]): format = .csv
        default:
            reader.error(reader.positionals[0], "'export' writes a dataset, a model or a model's history, "
                         + "not \(reference)", hint: "for example: export model.history to \"loss.csv\"")
            return nil
        }
        if let problem = SitePath.problem(path) {
            // A name too long to read in one line is underlined, not repeated.
            let name = pathValue.text.unicodeScalars.count <= 60 ? "the file name \(pathValue.text)" : "the file name"
            reader.error(pathValue, "\(name) \(problem)",
                         hint: "exports are written beside the page: name them like \"x.\(format.rawValue)\" "
                            + "or \"data/x.\(format.rawValue)\"")
            return nil
        }
        guard path.hasSuffix("." + format.rawValue) else {
            reader.error(pathValue, "'\(reference)' is written as \(format.rawValue.uppercased()), so the file "
                         + "name should end in '.\(format.rawValue)'", hint: "for example: to \"\(reference.name).\(format.rawValue)\""
                            + (format == .json ? ", or \"train.py\" for a numpy program that trains it again" : ""))
            return nil
        }
        return Outcome(command: .export(ExportSpec(value: reference, path: path, format: format)),
                       writes: [(path, pathValue)])
    }
}

extension Checker {
    /// `models[3]` written as a reference with one index and nothing else.
    fileprivate func sweepMember(_ value: Value) -> (String, Int)? {
        guard case .reference(let reference) = value.kind, reference.path.count == 1,
              case .index(let index) = reference.path[0] else { return nil }
        return (reference.name, index)
    }

    /// The sweep behind `name[index]`, with the index checked against the sweep's size.
    fileprivate func resolveMember(
        _ name: String, _ index: Int, _ value: Value, _ reader: inout ArgumentReader
    ) -> (String, Symbol)? {
        let word = Value(.word(name), text: name, location: value.location, length: name.unicodeScalars.count)
        guard let (name, symbol) = resolve(word, as: [.modelSweep], &reader) else { return nil }
        let count = symbol.sweepCount
        guard index >= 1, count.map({ index <= $0 }) ?? true else {
            reader.error(value, "'\(name)' has \(count.map(String.init) ?? "fewer") models, so there is no \(value.text)",
                         hint: "members are numbered from 1" + (count.map { " to \($0)" } ?? ""))
            return nil
        }
        return (name, symbol)
    }
}
