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
        if command == .table { return table(&reader) }
        let model = reader.positional(0, "a model").flatMap { resolveSubject($0, as: [.model], &reader) }
        let dataset = reader.required("on").flatMap { resolve($0, as: [.dataset], &reader) }
        guard let (subject, symbol) = model, let (dataName, data) = dataset else { return nil }
        if let spec = symbol.network {
            checkSizes(subject.description, spec, dataName, data, reader.optional("on")!, &reader)
        }
        if command == .evaluate {
            return Outcome(command: .evaluate(EvaluateSpec(model: subject, dataset: dataName)),
                           symbols: [Symbol(.evaluation, at: location)])
        }
        return Outcome(command: .predict(PredictSpec(model: subject, dataset: dataName)))
    }

    /// `table a b on data`, `table a b on [da, db]` (one dataset per model or sweep), or
    /// `table a b` (each on the data it was trained on).
    private func table(_ reader: inout ArgumentReader) -> Outcome? {
        _ = reader.positional(0, "a model or a model sweep")
        let models = reader.positionals.map { resolveSubject($0, as: [.model, .modelSweep], &reader) }
        let onValue = reader.optional("on")
        var datasets: [(String, Symbol)?] = []
        var shared: String?
        var datasetValues: [Value] = []
        if let onValue, case .list(let elements) = onValue.kind {
            guard elements.count == models.count else {
                reader.error(onValue, "'on' names \(elements.count) dataset\(elements.count == 1 ? "" : "s") "
                             + "for \(models.count) model\(models.count == 1 ? "" : "s")",
                             hint: "give one dataset per model or sweep, in the same order, or one for all: on data")
                return nil
            }
            datasets = elements.map { resolve($0, as: [.dataset], &reader) }
            datasetValues = elements
        } else if let onValue {
            let dataset = resolve(onValue, as: [.dataset], &reader)
            shared = dataset?.0
            datasets = Array(repeating: dataset, count: models.count)
            datasetValues = Array(repeating: onValue, count: models.count)
        } else {
            for (model, value) in zip(models, reader.positionals) {
                guard let (subject, symbol) = model else { datasets.append(nil); continue }
                datasets.append(trainingData(of: subject, symbol, value, &reader))
                datasetValues.append(value)
            }
        }
        guard !models.isEmpty, models.allSatisfy({ $0 != nil }), datasets.allSatisfy({ $0 != nil }) else { return nil }
        var entries: [TableSpec.Entry] = []
        for (k, (subject, symbol)) in models.map({ $0! }).enumerated() {
            let (dataName, data) = datasets[k]!
            let value = datasetValues[k]
            if let spec = symbol.network {
                for member in spec.members { checkSizes(subject.description, member, dataName, data, value, &reader) }
            }
            entries.append(TableSpec.Entry(model: subject, dataset: dataName))
        }
        return Outcome(command: .table(TableSpec(entries: entries, sharedDataset: shared)))
    }

    /// The dataset a model was trained on, if its name still means that dataset here.
    private func trainingData(of subject: Subject, _ symbol: Symbol, _ value: Value,
                              _ reader: inout ArgumentReader) -> (String, Symbol)? {
        guard let trained = symbol.trainedOn else {
            reader.error(value, "'\(subject)' was trained on one sample, not on a dataset, so 'table' needs 'on'",
                         hint: "name the data to evaluate it on: table \(subject) on data")
            return nil
        }
        guard let data = symbols[trained.name], data.location == trained.location else {
            reader.error(value, "'\(subject)' was trained on '\(trained.name)', which has since been defined again",
                         hint: "name the data to evaluate it on: table \(subject) on \(trained.name)")
            return nil
        }
        if !reader.reads.contains(trained.name) { reader.reads.append(trained.name) }
        return (trained.name, data)
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
        let value = reader.positional(0, "a value to export").flatMap { value -> (Reference, Symbol)? in
            // `export models.history`: every member's history in one file (a sweep has no other field).
            if let reference = value.reference, reference.path == [.field("history")],
               symbols[reference.name]?.kind == .modelSweep {
                return lookUp(reference.name, value, &reader).map { (reference, $0) }
            }
            return resolveReference(value, &reader)
        }
        let pathValue = reader.required("to")
        let path = pathValue.flatMap { pathValue in
            reader.string(pathValue, "'to'").flatMap { checkedPath($0, pathValue, &reader) }
        }
        guard let (reference, symbol) = value, let path, let pathValue else { return nil }
        // One member of a sweep exports as a model does: `models[2]`, `models[2].history`.
        var kind = symbol.kind
        var rest = reference.path[...]
        if kind == .modelSweep, case .index? = rest.first {
            kind = .model
            rest = rest.dropFirst()
        }
        let format: ExportSpec.Format
        switch (kind, Array(rest)) {
        case (.dataset, []): format = .csv
        case (.model, []): format = path.hasSuffix(".py") ? .py : .json
        case (.modelSweep, []):
            if path.hasSuffix(".py") {
                reader.error(pathValue, "a numpy program trains one model, but '\(reference.name)' is a sweep of "
                             + "\(symbol.sweepCount.map(String.init) ?? "several")",
                             hint: "export one member: export \(reference.name)[1] to \"train.py\", "
                                + "or every member's weights to \"\(reference.name).json\"")
                return nil
            }
            format = .json
        case (.model, [.field("history")]), (.modelSweep, [.field("history")]): format = .csv
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
