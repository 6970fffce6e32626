// plot data | boundary | loss | activations | hidden | network | surface.

extension Checker {
    /// What a plot kind's own arguments make: its kind, and for `boundary` a scrubber and a
    /// Playground link. Nil when its arguments have errors.
    typealias PlotParts = (kind: PlotKind?, scrub: Scrub?, playground: PlaygroundSpec?)

    /// Any `plot KIND …`: the title and axis labels every kind takes, then the kind's own arguments.
    func plot(_ reader: inout ArgumentReader, _ parts: (Checker, inout ArgumentReader) -> PlotParts?) -> Outcome? {
        // A bad title is reported by the reader, and the statement is then dropped.
        let title = reader.optional("title").flatMap { reader.string($0, "'title'") }
        let xLabel = reader.optional("xlabel").flatMap { reader.string($0, "'xlabel'") }
        let yLabel = reader.optional("ylabel").flatMap { reader.string($0, "'ylabel'") }
        guard let (kind, scrub, playground) = parts(self, &reader), let kind else { return nil }
        var spec = PlotSpec(kind: kind, title: title, scrub: scrub, playground: playground, xLabel: xLabel, yLabel: yLabel)
        guard readAppearance(&spec, &reader) else { return nil }
        let textStart = { (value: Value) in
            SourceLocation(file: value.location.file, line: value.location.line, column: value.location.column + 1)
        }
        spec.textLocations.title = reader.optional("title").map(textStart)
        spec.textLocations.xLabel = reader.optional("xlabel").map(textStart)
        spec.textLocations.yLabel = reader.optional("ylabel").map(textStart)
        if case .list(let elements)? = reader.optional("labels")?.kind { spec.textLocations.labels = elements.map(textStart) }
        return Outcome(command: .plot(spec))
    }

    /// `labels=`, `ylim=`, `legend=` and `readout=`: what the author overrides of a plot's looks.
    private func readAppearance(_ spec: inout PlotSpec, _ reader: inout ArgumentReader) -> Bool {
        var isValid = true
        if let value = reader.optional("labels") {
            if let labels = reader.strings(value, "'labels'"), checkLabelCount(labels, spec, value, &reader) {
                spec.labels = labels
            } else {
                isValid = false
            }
        }
        if let value = reader.optional("ylim") {
            let isLogarithmic = if case .loss(_, true) = spec.kind { true } else { false }
            if let bounds = reader.numbers(value, "'ylim'") {
                if bounds.count != 2 || bounds[0] >= bounds[1] || !bounds.allSatisfy(\.isFinite) {
                    reader.error(value, "'ylim' takes two finite numbers, smallest first, not \(value.text)",
                                 hint: "for example: ylim=[0, 1]")
                    isValid = false
                } else if isLogarithmic && bounds[0] <= 0 {
                    reader.error(value, "'ylim' on a log axis must start above 0, not \(value.text)",
                                 hint: "for example: ylim=[0.001, 1]")
                    isValid = false
                } else {
                    spec.yRange = bounds[0]...bounds[1]
                }
            } else {
                isValid = false
            }
        }
        if let value = reader.optional("legend") {
            if let legend = reader.choice(value, "'legend'", as: LegendChoice.self) { spec.legend = legend } else { isValid = false }
        }
        if let value = reader.optional("readout") {
            if let readout = reader.boolean(value, "'readout'") { spec.showsReadout = readout } else { isValid = false }
        }
        return isValid
    }

    /// `labels=` names every curve, panel or class of the plot, so it has one name for each where
    /// their number is known before running (a CSV file's classes are counted when it is read).
    private func checkLabelCount(_ labels: [String], _ spec: PlotSpec, _ value: Value,
                                 _ reader: inout ArgumentReader) -> Bool {
        let expected: Int?
        let what: PlotSpec.LabelledThing
        switch spec.kind {
        case .data(let dataset), .hidden(_, let dataset, _):
            (expected, what) = (symbols[dataset]?.classCount, .classes)
        case .loss(let models, _):
            (expected, what) = (modelCount(models), .curves)
        case .activations(let activations, _, _):
            (expected, what) = (activations.count, .curves)
        case .boundary(let models, _, _):
            if spec.scrub == .snapshots {
                reader.error(value, "'labels' names models, but a snapshots scrubber's panels are named by their epochs",
                             hint: "remove 'labels'")
                return false
            }
            (expected, what) = (modelCount(models), .panels)
        case .network, .surface:
            reader.error(value, "'labels' names curves, panels or classes, and this plot has none",
                         hint: "remove 'labels'")
            return false
        }
        guard let expected, expected != labels.count else { return true }
        reader.error(value, PlotSpec.labelCountMessage(labels.count, expected, what), hint: "give one name per \(what.singular)")
        return false
    }

    /// How many models the names stand for (a sweep's members each), nil when a count is unknown.
    private func modelCount(_ subjects: [Subject]) -> Int? {
        var count = 0
        for subject in subjects {
            guard let symbol = symbol(of: subject), !symbol.isStandIn else { return nil }
            if symbol.kind == .modelSweep {
                guard let members = symbol.sweepCount else { return nil }
                count += members
            } else {
                count += 1
            }
        }
        return count
    }

    func dataPlot(_ reader: inout ArgumentReader) -> PlotParts? {
        let kind = reader.positional(0, "a dataset").flatMap { resolve($0, as: [.dataset], &reader) }
            .map { PlotKind.data(dataset: $0.0) }
        return (kind, nil, nil)
    }

    func boundaryPlot(_ reader: inout ArgumentReader) -> PlotParts? {
        let kind = boundary(&reader)
        var scrub: Scrub?
        var playground: PlaygroundSpec?
        if let value = reader.optional("scrub") {
            guard let chosen = reader.choice(value, "'scrub'", as: Scrub.self) else { return nil }
            if let kind, !checkScrub(chosen, kind, value, &reader) { return nil }
            scrub = chosen
        }
        if let value = reader.optional("playground") {
            guard let wanted = reader.boolean(value, "'playground'") else { return nil }
            if wanted, let kind {
                guard let spec = playgroundSpec(kind, value, &reader) else { return nil }
                playground = spec
            }
        }
        return (kind, scrub, playground)
    }

    func lossPlot(_ reader: inout ArgumentReader) -> PlotParts? {
        if reader.positionals.isEmpty { _ = reader.positional(0, "at least one model or model sweep") }
        let models = reader.positionals.map { resolveSubject($0, as: [.model, .modelSweep], &reader) }
        let log = reader.optional("log").map { reader.boolean($0, "'log'") } ?? false
        guard !models.isEmpty, models.allSatisfy({ $0 != nil }), let log else { return nil }
        return (.loss(models: models.map { $0!.0 }, logarithmic: log), nil, nil)
    }

    func activationsPlot(_ reader: inout ArgumentReader) -> PlotParts? {
        if reader.positionals.isEmpty { _ = reader.positional(0, "at least one activation") }
        let what = "'\(reader.signature.displayName)'"
        let activations = reader.positionals.map { reader.choice($0, what, as: ActivationName.self) }
        let derivatives = reader.optional("derivatives").map { reader.boolean($0, "'derivatives'") } ?? false
        let range = reader.optional("range").map { value -> ClosedRange<Double>? in
            guard let bounds = reader.numbers(value, "'range'") else { return nil }
            guard bounds.count == 2, bounds[0] < bounds[1], bounds.allSatisfy(\.isFinite) else {
                reader.error(value, "'range' takes two finite numbers, smallest first, not \(value.text)",
                             hint: "for example: range=[-5,5]")
                return nil
            }
            return bounds[0]...bounds[1]
        } ?? -5...5
        guard !activations.isEmpty, activations.allSatisfy({ $0 != nil }), let derivatives, let range else {
            return nil
        }
        return (.activations(activations.map { $0! }, derivatives: derivatives, range: range), nil, nil)
    }

    func hiddenPlot(_ reader: inout ArgumentReader) -> PlotParts? {
        (hidden(&reader), nil, nil)
    }

    func networkPlot(_ reader: inout ArgumentReader) -> PlotParts? {
        (network(&reader), nil, nil)
    }

    func surfacePlot(_ reader: inout ArgumentReader) -> PlotParts? {
        let kind = reader.positional(0, "a surface").flatMap { resolve($0, as: [.surface], &reader) }
            .map { PlotKind.surface(name: $0.0) }
        return (kind, nil, nil)
    }

    /// `plot network net`, `plot network model`, `plot network t show=forward|backward|update`:
    /// `show` needs a trace, whose passes it shows.
    private func network(_ reader: inout ArgumentReader) -> PlotKind? {
        let subject = reader.positional(0, "a network, a model or a trace")
            .flatMap { resolveSubject($0, as: [.network, .model, .trace], &reader) }
        let showValue = reader.optional("show")
        let show = showValue.map { reader.choice($0, "'show'", as: NetworkShow.self) }
        guard let (name, symbol) = subject else { return nil }
        if let show, show == nil { return nil }
        if let showValue, symbol.kind != .trace {
            reader.error(showValue, "'show' shows the passes of a trace, and '\(name)' is \(symbol.kind)",
                         hint: "trace it first: t = trace \(name) input=[…] target=[…], then plot network t show=\(showValue.text)")
            return nil
        }
        return .network(name: name, show: show ?? nil)
    }

    /// `playground=true`: one model or sweep whose network TensorFlow Playground can build (2
    /// inputs, at most 6 hidden layers of at most 8 neurons, one hidden activation of tanh, relu,
    /// sigmoid or identity), on a dataset made by `playground`.
    private func playgroundSpec(_ kind: PlotKind, _ value: Value, _ reader: inout ArgumentReader) -> PlaygroundSpec? {
        guard case .boundary(let models, let dataset, _) = kind else { return nil }
        guard let spec = symbols[dataset]?.playground else {
            reader.error(value, "a Playground link needs a dataset made by 'playground', and '\(dataset)' is not one",
                         hint: "define it with: \(dataset) = playground xor n=200 noise=0.1")
            return nil
        }
        for subject in models {
            guard let network = symbol(of: subject)?.network else { continue }
            let name = subject.description
            let hidden = Array(network.shape.sizes.dropFirst().dropLast())
            let variants = network.shape.sweep.map { sweep in sweep.sizes } ?? []
            let widths = hidden + variants
            let activations = Set(network.activations.dropLast())
            let allowed: Set<ActivationName> = [.tanh, .relu, .sigmoid, .identity]
            if network.inputCount != 2 || hidden.count > 6 || widths.contains(where: { $0 > 8 })
                || activations.count > 1 || !activations.isSubset(of: allowed) {
                reader.error(value, "TensorFlow Playground cannot build '\(name)'",
                             hint: "it takes 2 inputs, at most 6 hidden layers of at most 8 neurons, "
                                + "and one hidden activation: tanh, relu, sigmoid or identity")
                return nil
            }
        }
        return spec
    }

    /// `scrub=snapshots` needs one model (its snapshots are known only when it has trained);
    /// `scrub=models` at least two models to choose between; neither takes a grid.
    private func checkScrub(_ scrub: Scrub, _ kind: PlotKind, _ value: Value, _ reader: inout ArgumentReader) -> Bool {
        guard case .boundary(let models, _, let grid) = kind else { return false }
        if grid != nil {
            reader.error(value, "a scrubber shows one panel at a time, so it takes no 'grid'", hint: "remove 'grid'")
            return false
        }
        let symbols = models.compactMap(symbol(of:))
        if symbols.contains(where: \.isStandIn) { return true }
        switch scrub {
        case .snapshots:
            guard models.count == 1, symbols.first?.kind == .model else {
                reader.error(value, "'scrub=snapshots' shows the snapshots of one model, not a sweep or several models",
                             hint: "plot one model, or use scrub=models to choose between the models")
                return false
            }
        case .models:
            let count = symbols.reduce(0) { $0 + ($1.kind == .modelSweep ? $1.sweepCount ?? 2 : 1) }
            guard count >= 2 else {
                reader.error(value, "'scrub=models' chooses between models, but the plot has one",
                             hint: "plot a sweep, or use scrub=snapshots with a model trained with snapshots=…")
                return false
            }
        }
        return true
    }

    private func boundary(_ reader: inout ArgumentReader) -> PlotKind? {
        let model = reader.positional(0, "a model or a model sweep")
            .flatMap { resolveSubject($0, as: [.model, .modelSweep], &reader) }
        let onValue = reader.required("on")
        let dataset = onValue.flatMap { resolve($0, as: [.dataset], &reader) }
        let gridValue = reader.optional("grid")
        let grid = gridValue.flatMap { value -> PanelGrid? in
            let parts = value.text.split(separator: "x").compactMap { Int($0) }
            guard case .word = value.kind, parts.count == 2, parts.allSatisfy({ $0 >= 1 && $0 <= 20 }) else {
                reader.error(value, "'grid' takes rows x columns such as 2x3, not \(value.text)",
                             hint: "rows and columns are each from 1 to 20")
                return nil
            }
            return PanelGrid(rows: parts[0], columns: parts[1])
        }
        // `plot boundary a b c on data`: every further positional is another model or sweep.
        let others = reader.positionals.dropFirst().map { resolveSubject($0, as: [.model, .modelSweep], &reader) }
        guard let (subject, symbol) = model, let (dataName, data) = dataset, let onValue,
              others.allSatisfy({ $0 != nil }) else { return nil }
        let subjects = [(subject, symbol)] + others.map { $0! }
        for (subject, symbol) in subjects {
            if let spec = symbol.network { checkSizes(subject.description, spec, dataName, data, onValue, &reader) }
        }
        if let features = data.featureCount, features != 2 {
            reader.error(onValue, "a decision boundary is drawn in the plane, but '\(dataName)' has "
                         + "\(features) features", hint: "use a dataset with 2 features")
        }
        if let grid, let gridValue {
            let counts = subjects.map { $0.1.kind == .modelSweep ? $0.1.sweepCount : 1 }
            if subjects.count == 1 && symbol.kind != .modelSweep {
                reader.error(gridValue, "'grid' lays out a sweep, but '\(subject)' is one model", hint: "remove 'grid'")
            } else if counts.allSatisfy({ $0 != nil }), case let count = counts.reduce(0, { $0 + $1! }),
                      grid.rows * grid.columns < count {
                let what = subjects.count == 1 ? "'\(subject)' has" : "the plot has"
                reader.error(gridValue, "a \(grid.rows)x\(grid.columns) grid has \(grid.rows * grid.columns) panels, "
                             + "but \(what) \(count) models", hint: "use a grid with at least \(count) panels")
            }
        }
        return .boundary(models: subjects.map(\.0), dataset: dataName, grid: grid)
    }

    private func hidden(_ reader: inout ArgumentReader) -> PlotKind? {
        let model = reader.positional(0, "a model").flatMap { resolveSubject($0, as: [.model], &reader) }
        let onValue = reader.required("on")
        let dataset = onValue.flatMap { resolve($0, as: [.dataset], &reader) }
        let layerValue = reader.optional("layer")
        let layer = layerValue.map { reader.wholeNumber($0, "'layer'", in: .atLeast(1)) } ?? 1
        guard let (subject, symbol) = model, let (dataName, data) = dataset, let onValue, let layer else { return nil }
        let name = subject.description
        if let spec = symbol.network {
            checkSizes(name, spec, dataName, data, onValue, &reader)
            let hiddenCount = spec.shape.sizes.count - 2
            if layer > hiddenCount {
                let at = layerValue ?? reader.positionals[0]
                reader.error(at, hiddenCount == 0 ? "'\(name)' has no hidden layer"
                             : "'\(name)' has \(hiddenCount) hidden layer\(hiddenCount == 1 ? "" : "s"), not \(layer)",
                             hint: "hidden layers count from 1 after the input")
                return nil
            }
        }
        return .hidden(model: subject, dataset: dataName, layer: layer)
    }

    /// The symbol of a name, or of one member of a sweep.
    func symbol(of subject: Subject) -> Symbol? {
        guard let symbol = symbols[subject.name] else { return nil }
        return subject.member.map { symbol.member($0) } ?? symbol
    }
}
