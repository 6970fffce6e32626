import NeuralNet
import NotebookLanguage
import SVGPlot

// plot data | boundary | loss | activations | hidden: SVGPlot figures with descriptions that
// say what the data show.

/// The axis titles a plot statement gives (`xlabel=`, `ylabel=`); nil keeps the default.
struct AxisLabels {
    var x: String?
    var y: String?
}

extension PlotSpec {
    /// The author's y range and legend place (`ylim=`, `legend=`) on a figure.
    func applyLooks(to figure: inout Figure) {
        if let yRange { figure.yAxis.range = yRange }
        let corner: LegendPosition
        switch legend {
        case nil, .auto?: return
        case .hidden?: figure.legend = .hidden; return
        case .topLeft?: corner = .topLeft
        case .topRight?: corner = .topRight
        case .bottomLeft?: corner = .bottomLeft
        case .bottomRight?: corner = .bottomRight
        }
        figure.legend = corner
        figure.isLegendPinned = true
    }

    /// The author's names (`labels=`), when they are as many as the plot has `count` things to
    /// name; a CSV file's classes are counted only now, so the checker could not tell.
    func labels(for count: Int, _ what: LabelledThing, at location: SourceLocation) throws(RunFailure) -> [String]? {
        guard let labels else { return nil }
        guard labels.count == count else {
            throw .error(at: location, Self.labelCountMessage(labels.count, count, what),
                         hint: "give one name per \(what.singular)")
        }
        return labels
    }
}

extension BlockRun {
    mutating func plot(_ spec: PlotSpec, at location: SourceLocation) throws(RunFailure) {
        let key = nextFigureKey()
        // Small multiples come back as one figure per panel: the page lays them out.
        let figures: [RenderedFigure]
        let labels = AxisLabels(x: spec.xLabel, y: spec.yLabel)
        switch spec.kind {
        case .data(let name):
            figures = [try dataFigure(name, spec, labels: labels, key: key, at: location)]
        case .boundary(let names, let dataName, let grid):
            figures = try boundaryFigure(names, dataName, grid: grid, spec, labels: labels, key: key, at: location)
        case .loss(let names, let logarithmic):
            figures = [try lossFigure(names, logarithmic: logarithmic, spec, labels: labels, key: key, at: location)]
        case .activations(let activations, let derivatives, let range):
            figures = ActivationFigure(activations: activations, derivatives: derivatives, range: range, words: words,
                                       labels: labels, spec: spec)
                .figures(title: spec.title, key: key, size: figureSize, grid: sizedGrid)
        case .hidden(let name, let dataName, let layer):
            figures = [try hiddenFigure(name, dataName, layer: layer, spec, labels: labels, key: key, at: location)]
        case .network(let name, let show):
            figures = [try networkFigure(name, show: show, title: spec.title, key: key)]
        case .surface(let name):
            figures = [try surfaceFigure(name, title: spec.title, labels: labels, key: key)]
        }
        var drawn = figures
        if let playground = spec.playground, case .boundary(let names, _, _) = spec.kind, !drawn.isEmpty {
            drawn[drawn.count - 1].links = try playgroundLinks(names, data: playground)
        }
        for figure in drawn { emit(.figure(figure)) }
        switch spec.kind {
        case .data(let name), .boundary(_, let name, _), .hidden(_, let name, _):
            if let data = try? dataset(name) { noteDrawnPoints(of: data, name, at: location) }
        default:
            break
        }
    }

    /// `plot network`: the diagram of a network, a model's network or a trace's.
    private func networkFigure(_ subject: Subject, show: NetworkShow?, title: String?, key: String) throws(RunFailure) -> RenderedFigure {
        let diagram: NetworkDiagram
        let name = subject.description
        switch try value(of: subject.name) {
        case .network, .networkSweep: diagram = NetworkDiagram(network: try networks(subject)[0].network, name: name, words: words)
        case .model, .modelSweep: diagram = NetworkDiagram(network: try models(subject)[0].network, name: name, words: words)
        case .trace(let trace): diagram = NetworkDiagram(network: trace.network, trace: trace, show: show, name: name, words: words)
        default: throw .skipped
        }
        var figure = diagram.figure(key: key, width: Double(figureSize.width))
        if let title {
            var graph = diagram.graph
            (graph.title, graph.key, graph.width) = (title, key, Double(figureSize.width))
            figure = RenderedFigure(key: key, title: title, description: figure.description, svg: graph.svg(includingStyle: false))
        }
        return figure
    }

    /// "Open in TensorFlow Playground" for each model drawn (labelled by model when there are several).
    private func playgroundLinks(_ names: [Subject], data: PlaygroundSpec) throws(RunFailure) -> [FigureLink] {
        var all: [TrainedModel] = []
        for name in names { all += try models(name) }
        return all.compactMap { model in
            PlaygroundLink.url(network: model.network, rate: model.rate, data: data).map { url in
                FigureLink(text: all.count == 1 ? words.openInPlayground : "\(words.openInPlayground): \(model.label)", url: url)
            }
        }
    }

    /// Each panel of small multiples as a figure of its own, sharing the grid's key (their clip
    /// paths are numbered by panel).
    static func panelFigures(_ grid: FigureGrid) -> [RenderedFigure] {
        zip(grid.panels, grid.panelSVGs(includingStyle: false)).map { panel, svg in
            RenderedFigure(key: grid.key, title: panel.title, description: panel.summary, svg: svg)
        }
    }

    private func sized(_ figure: Figure) -> Figure {
        var figure = figure
        figure.width = Double(figureSize.width)
        figure.height = Double(figureSize.height)
        return figure
    }

    static func scatter(_ data: Dataset, x: [Double]? = nil, y: [Double]? = nil, words: InterfaceWords = .english,
                        classNames: [String]? = nil) -> Scatter {
        let xs = x ?? data.features.column(0)
        let ys = y ?? (data.featureCount > 1 ? data.features.column(1) : Array(repeating: 0, count: data.count))
        let names = classNames ?? data.classNames.map { Int($0) != nil ? words.fill(words.className, $0) : $0 }
        let drawn = drawnPoints(data.count)
        guard drawn.count < data.count else { return Scatter(x: xs, y: ys, classes: data.labels, classNames: names) }
        return Scatter(x: drawn.map { xs[$0] }, y: drawn.map { ys[$0] }, classes: drawn.map { data.labels[$0] },
                       classNames: names)
    }

    /// An untitled figure's `<title>` in the page's words ("纵轴 损失，横轴 迭代轮数：…"); nil on an
    /// English page, where SVGPlot writes it.
    func untitledText(_ figure: Figure, shows: String) -> String? {
        guard words != .english else { return nil }
        let x = figure.xAxis.title.isEmpty ? "x" : figure.xAxis.title, y = figure.yAxis.title.isEmpty ? "y" : figure.yAxis.title
        return words.fill(words.axesTitle, y, x) + (shows.isEmpty ? "" : words.titleSeparator + shows)
    }

    /// The colour key's title and description in the page's words: each class's marker, and what
    /// the shading shows.
    static func colorKeyText(_ key: ColorKey, words: InterfaceWords) -> (title: String, description: String) {
        let colours = words.markerColours.split(separator: "|").map(String.init)
        let shapes = words.markerShapes.split(separator: "|").map(String.init)
        let markers = (key.points?.presentClassNames ?? []).map { index, name in
            words.fill(words.classMarker, name, colours[index % max(1, colours.count)], shapes[index % max(1, shapes.count)])
        }.joined(separator: words.listSeparator)
        let f = { NumberFormat.significant($0, 3) }
        let boundary = key.regions.boundaryLevel.map { words.fill(words.boundaryLineAt, f($0)) } ?? ""
        let description = words.fill(words.colourKeyDescription, markers, key.title, f(key.regions.range.lowerBound),
                                     f(key.regions.range.upperBound), boundary)
        return (words.fill(words.colourKeyTitle, key.title), description)
    }

    /// The most points of a dataset one plot draws: more would only swell the page (a million
    /// points are hundreds of megabytes of SVG) without showing more.
    static let maxDrawnPoints = 2_000

    /// The samples a plot draws: all of them, or ``maxDrawnPoints`` evenly spaced ones (sample
    /// `k · count / maxDrawnPoints` for each k), the same on every build.
    static func drawnPoints(_ count: Int) -> [Int] {
        guard count > maxDrawnPoints else { return Array(0..<count) }
        return (0..<maxDrawnPoints).map { $0 * count / maxDrawnPoints }
    }

    /// A note under the figure when the plot of `dataName` draws only some of its points.
    mutating func noteDrawnPoints(of data: Dataset, _ dataName: String, at location: SourceLocation) {
        guard data.count > Self.maxDrawnPoints else { return }
        emit(.note(Diagnostic(.note, at: location,
                              words.fill(words.drawnPointsNote, String(Self.maxDrawnPoints), String(data.count), dataName))))
    }

    /// A feature's name as an axis title: the generated names x1, x2, … with subscripts (x₁, x₂),
    /// as the decision-region plots of the same plane write them; a CSV column's name as it is.
    static func axisTitle(_ featureName: String) -> String {
        guard featureName.count >= 2, featureName.first == "x", featureName.dropFirst().allSatisfy(\.isASCII),
            Int(featureName.dropFirst()) != nil
        else { return featureName }
        let subscripts: [Character] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
        return "x" + String(featureName.dropFirst().map { subscripts[Int(String($0)) ?? 0] })
    }

    /// What a network is, for a panel title: "2-4-1 tanh" (sizes and hidden activation).
    static func architecture(_ network: Network, words: InterfaceWords = .english) -> String {
        let sizes = network.sizes.map(String.init).joined(separator: "-")
        guard network.layers.count > 1, let hidden = network.layers.first?.activation else {
            return words.fill(words.networkOfSizes, sizes)
        }
        return sizes + " " + ActivationName(hidden).rawValue
    }

    /// "30 of class 0, 30 of class 1".
    static func classCounts(_ data: Dataset, words: InterfaceWords = .english) -> String {
        (0..<data.classCount).map { k in
            let name = Int(data.classNames[k]) != nil ? words.fill(words.className, data.classNames[k]) : data.classNames[k]
            return words.fill(words.classCount, String(data.labels.filter { $0 == k }.count), name)
        }.joined(separator: words.listSeparator)
    }

    private func dataFigure(_ name: String, _ spec: PlotSpec, labels: AxisLabels, key: String,
                            at location: SourceLocation) throws(RunFailure) -> RenderedFigure {
        let data = try dataset(name)
        let classNames = try spec.labels(for: data.classCount, .classes, at: location)
        var figure = sized(Figure.scatter(Self.scatter(data, words: words, classNames: classNames), title: spec.title ?? "",
                                          key: key))
        spec.applyLooks(to: &figure)
        figure.xAxis.title = labels.x ?? Self.axisTitle(data.featureNames[0])
        figure.yAxis.title = labels.y ?? (data.featureCount > 1 ? Self.axisTitle(data.featureNames[1]) : "")
        figure.untitledText = untitledText(figure, shows: words.fill(words.pointsInClasses, String(data.count),
                                                                    String(data.classCount)))
        figure.description = words.fill(words.datasetDescription, name, String(data.count), String(data.classCount),
                                        Self.classCounts(data, words: words))
            + (data.featureCount > 2 ? words.fill(words.firstTwoFeatures, String(data.featureCount)) : words.sentenceEnd)
        return RenderedFigure(key: key, title: figure.title, description: figure.description, svg: figure.svg(includingStyle: false))
    }

    private func boundaryFigure(_ names: [Subject], _ dataName: String, grid: PanelGrid?, _ spec: PlotSpec,
                                labels: AxisLabels, key: String,
                                at location: SourceLocation) throws(RunFailure) -> [RenderedFigure] {
        let (scrub, title) = (spec.scrub, spec.title)
        let data = try dataset(dataName)
        guard data.featureCount == 2 else {
            throw .error(at: location, "a decision boundary is drawn in the plane, but '\(dataName)' has "
                         + "\(data.featureCount) features", hint: "use a dataset with 2 features")
        }
        var panels: [(model: TrainedModel, evaluation: Evaluation, isSweep: Bool)] = []
        for subject in names {
            let name = subject.description
            if scrub == .snapshots {
                for model in try snapshotModels(subject, at: location) {
                    panels.append((model, try Self.evaluation(of: model, on: data, names: (name, dataName), at: location), true))
                }
                continue
            }
            // A sweep's member is named by its label ("seed = 3"), as in its sweep.
            let isSweep = isSweep(subject) || subject.member != nil
            for model in try models(subject) {
                var labelled = model
                if isSweep && subject.member == nil && names.count > 1 { labelled.label = "\(name) \(model.label)" }
                panels.append((labelled, try Self.evaluation(of: model, on: data, names: (name, dataName), at: location), isSweep))
            }
        }
        if let names = try spec.labels(for: panels.count, .panels, at: location) {
            for (index, name) in names.enumerated() { panels[index].model.label = name }
        }
        let field = BoundaryField(data: data)
        let points = Self.scatter(data, words: words)
        var keyRegions: (DecisionRegions, String)?
        let figures = panels.map { panel -> Figure in
            let network = panel.model.network
            let isProbability = BoundaryField.isProbability(network)
            let regions = DecisionRegions(field.grid(for: network),
                                          valueRange: isProbability ? 0...1 : 0...Double(max(1, network.outputCount - 1)),
                                          bands: isProbability ? 10 : max(2, network.outputCount),
                                          boundaryLevel: isProbability ? 0.5 : nil)
            if keyRegions == nil { keyRegions = (regions, BoundaryField.keyTitle(network, words: words)) }
            // A sweep's models are named by what varies ("h = 4"); a single model by what it is;
            // the author's labels replace both.
            let name = panel.isSweep || spec.labels != nil ? panel.model.label : Self.architecture(network, words: words)
            let readout = "\(panel.evaluation.correct)/\(panel.evaluation.count)"
            var figure = Figure.decisionRegions(regions, points: points,
                                                title: spec.showsReadout ? "\(name) · \(readout)" : name, key: key)
            figure.xAxis.title = labels.x ?? Self.axisTitle(data.featureNames[0])
            figure.yAxis.title = labels.y ?? Self.axisTitle(data.featureNames[1])
            if words != .english {
                // A panel's own description; SVGPlot's (the share of the plane) is English only.
                figure.description = words.fill(words.modelScore, panel.model.label,
                                                NumberFormat.percent(panel.evaluation.correct, of: panel.evaluation.count),
                                                NumberFormat.shortest(panel.model.finalLoss, digits: 3)) + words.sentenceEnd
            }
            return figure
        }
        let scores = panels.map { panel in
            words.fill(words.modelScore, panel.model.label,
                       NumberFormat.percent(panel.evaluation.correct, of: panel.evaluation.count),
                       NumberFormat.shortest(panel.model.finalLoss, digits: 3))
        }
        let description = words.fill(words.boundaryDescription, dataName, String(data.count),
                                     scores.joined(separator: words.groupSeparator))
        // One colour key for the figure, whatever its panel count (the panels share the map).
        var keys: [RenderedFigure] = []
        if let (regions, keyTitle) = keyRegions {
            var colorKey = ColorKey(title: keyTitle, regions: regions, points: points, key: key)
            if words != .english { colorKey.accessibleText = Self.colorKeyText(colorKey, words: words) }
            keys.append(RenderedFigure(key: key, title: words.colourKey, description: description,
                                       svg: colorKey.svg(includingStyle: false), isKey: true))
        }
        if let scrub {
            let sized = sizedGrid(FigureGrid(key: key, title: title ?? "", description: description, columns: 1,
                                             panels: figures))
            return keys + scrubberFigures(sized, models: panels.map(\.model), scrub: scrub, names: names, key: key)
        }
        if figures.count == 1 {
            var figure = sized(figures[0])
            // The author's title keeps the accuracy read-out unless `readout=false` drops it.
            if let title {
                let readout = "\(panels[0].evaluation.correct)/\(panels[0].evaluation.count)"
                figure.title = spec.showsReadout ? "\(title) · \(readout)" : title
            }
            // SVGPlot's own summary adds the share of the plane on each side of the boundary (in
            // English only: SVGPlot writes no other language).
            figure.description = words == .english ? description + " " + figure.summary : description
            return keys + [RenderedFigure(key: key, title: figure.title, description: figure.description,
                                          svg: figure.svg(includingStyle: false))]
        }
        let columns = grid?.columns ?? min(3, figures.count)
        let multiples = sizedGrid(FigureGrid(key: key, title: title ?? "", description: description, columns: columns,
                                             panels: figures))
        return keys + Self.panelFigures(multiples)
    }

    private func lossFigure(_ names: [Subject], logarithmic: Bool, _ spec: PlotSpec, labels: AxisLabels,
                            key: String, at location: SourceLocation) throws(RunFailure) -> RenderedFigure {
        let title = spec.title
        var runs: [(label: String, model: TrainedModel)] = []
        for subject in names {
            let isSweep = isSweep(subject)
            for model in try models(subject) {
                runs.append((isSweep && names.count > 1 ? "\(subject) \(model.label)" : model.label, model))
            }
        }
        if let names = try spec.labels(for: runs.count, .curves, at: location) {
            for (index, name) in names.enumerated() { runs[index].label = name }
        }
        let series = runs.map { run in
            var series = LineSeries(run.label, x: run.model.history.map { Double($0.epoch) }, y: run.model.history.map(\.loss))
            series.divergence = run.model.divergence.map { Double($0.epoch) }
            if words != .english {
                series.divergenceNote = run.model.divergence.map { words.fill(words.curveDiverges, run.label, String($0.epoch)) }
            }
            return series
        }
        var figure = sized(Figure(key: key, title: title ?? "", xAxis: Axis(labels.x ?? words.epochAxis),
                                  yAxis: Axis(labels.y ?? words.lossAxis, scale: logarithmic ? .logarithmic : .linear),
                                  layers: series.map(PlotLayer.line), legend: runs.count > 1 ? .topRight : .hidden))
        spec.applyLooks(to: &figure)
        figure.untitledText = untitledText(figure, shows: runs.map(\.label).joined(separator: words.listSeparator))
        figure.description = words.fill(words.lossDescription, runs.map { run in
            let first = run.model.history.first?.loss ?? .nan
            let template = run.model.finalLoss < first ? words.lossFalls : words.lossGoes
            let diverged = run.model.divergence.map { words.fill(words.divergedSuffix, String($0.epoch)) } ?? ""
            return words.fill(template, run.label, NumberFormat.shortest(first, digits: 3),
                              NumberFormat.shortest(run.model.finalLoss, digits: 3), String(run.model.epochsCompleted)) + diverged
        }.joined(separator: words.groupSeparator))
        return RenderedFigure(key: key, title: figure.title, description: figure.description, svg: figure.svg(includingStyle: false))
    }

    private func hiddenFigure(_ subject: Subject, _ dataName: String, layer: Int, _ spec: PlotSpec, labels: AxisLabels,
                              key: String, at location: SourceLocation) throws(RunFailure) -> RenderedFigure {
        let model = try models(subject)[0]
        let name = subject.description
        let data = try dataset(dataName)
        try Self.checkFits(model, data, names: (name, dataName), at: location)
        guard layer < model.network.layers.count else {
            throw .error(at: location, "'\(name)' has no hidden layer \(layer)")
        }
        // The two units drawn, computed a batch at a time: never the whole of a wide layer.
        let hidden = model.network.activations(ofLayer: layer - 1, for: data.features, units: 2)
        let xs = hidden.column(0)
        let ys = hidden.columns > 1 ? hidden.column(1) : Array(repeating: 0, count: data.count)
        let classNames = try spec.labels(for: data.classCount, .classes, at: location)
        var figure = sized(Figure.scatter(Self.scatter(data, x: xs, y: ys, words: words, classNames: classNames),
                                          title: spec.title ?? "", key: key))
        spec.applyLooks(to: &figure)
        figure.xAxis.title = labels.x ?? words.fill(words.hiddenUnit, "1")
        figure.yAxis.title = labels.y ?? (hidden.columns > 1 ? words.fill(words.hiddenUnit, "2") : "")
        let range = { (unit: Int, values: [Double]) in
            words.fill(words.unitRange, String(unit), NumberFormat.shortest(values.min() ?? .nan, digits: 3),
                       NumberFormat.shortest(values.max() ?? .nan, digits: 3))
        }
        figure.untitledText = untitledText(figure, shows: words.fill(words.pointsInClasses, String(data.count),
                                                                    String(data.classCount)))
        let units = range(1, xs) + (hidden.columns > 1 ? words.listSeparator + range(2, ys) : words.oneUnit)
        figure.description = words.fill(words.hiddenDescription, dataName, String(layer), name, String(data.count),
                                        Self.classCounts(data, words: words), units)
        return RenderedFigure(key: key, title: figure.title, description: figure.description, svg: figure.svg(includingStyle: false))
    }
}
