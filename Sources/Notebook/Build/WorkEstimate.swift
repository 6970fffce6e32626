import Foundation
import NeuralNet

/// Counts the work a notebook's checked blocks ask for, statement by statement, and refuses the
/// statement that takes the notebook past its ``BuildLimits/work`` budget, before anything runs.
///
/// Sample counts come from the dataset statements (`n=`, a split's parts, a CSV file's data
/// rows); parameters (weights and biases) from the network shapes. Counting saturates at
/// `Int.max`, so absurd sizes never overflow.
///
/// ```swift
/// let errors = WorkEstimate(limit: 1_000_000, folder: notebookDirectory).check(checked.blocks)
/// // bp.md:4:10: error: 'models' asks for 804600000 units of work (samples × parameters × epochs) …
/// ```
struct WorkEstimate {
    /// Points of the grid a decision-region plot evaluates (BoundaryField's 97 × 73).
    static let boundaryGridPoints = 97 * 73

    let limit: Int
    let folder: URL
    /// The most memory the notebook's values and its largest statement may take, in bytes.
    let memoryLimit: Int

    private var samples: [String: Int] = [:]
    private var parameters: [String: [Int]] = [:]
    /// Features per sample of each dataset.
    private var features: [String: Int] = [:]
    /// Layer sizes of each network or trained model (one per model of a sweep).
    private var shapes: [String: [[Int]]] = [:]
    private var total = 0
    /// Bytes the values defined so far keep for the rest of the run.
    private var retained = 0

    init(limit: Int, folder: URL, memoryLimit: Int = BuildLimits.defaultMemory) {
        self.limit = limit
        self.folder = folder
        self.memoryLimit = memoryLimit
    }

    /// One error, at the first statement that goes over the limit; none when the notebook fits.
    func check(_ blocks: [CheckedBlock]) -> [Diagnostic] {
        var estimate = self
        var datasets = 0
        var plots = 0
        for statement in blocks.flatMap(\.statements) {
            if let problem = Self.outputProblem(statement, datasets: &datasets, plots: &plots) { return [problem] }
            let cost = estimate.cost(of: statement)
            estimate.total = Self.add(estimate.total, cost.units)
            if case .trace(let spec) = statement.command,
               let weights = estimate.parameters[spec.network]?.first, weights > BuildLimits.maxTracedParameters {
                return [.error(
                    at: statement.location,
                    "\(statement.defines.first.map { "'\($0)'" } ?? "this trace") would tabulate \(weights) weights and "
                        + "biases, over the limit of \(BuildLimits.maxTracedParameters) for a trace",
                    hint: "trace a smaller network: a trace's tables show every weight, for worked examples")]
            }
            let memory = estimate.memory(of: statement)
            let peak = Self.add(estimate.retained, memory.transient)
            estimate.retained = Self.add(estimate.retained, memory.retained)
            let notebook = max(peak, estimate.retained)
            if estimate.total <= limit, notebook > memoryLimit {
                let subject = statement.defines.first.map { "'\($0)'" } ?? Self.subject(of: statement.command)
                let own = Self.add(memory.retained, memory.transient)
                let sum = own == notebook ? "" : ", bringing the notebook to about \(Self.megabytes(notebook)) MB"
                return [.error(
                    at: statement.location,
                    "\(subject) needs about \(Self.megabytes(own)) MB of memory (\(memory.formula))\(sum), "
                        + "over the limit of \(Self.megabytes(memoryLimit)) MB per notebook",
                    hint: "use fewer samples, a smaller batch=, or fewer and narrower layers")]
            }
            guard estimate.total > limit else { continue }
            let subject = statement.defines.first.map { "'\($0)'" } ?? Self.subject(of: statement.command)
            let sum = estimate.total == cost.units ? "" : ", bringing the notebook to \(estimate.total)"
            return [.error(
                at: statement.location,
                "\(subject) asks for \(cost.units) units of work (\(cost.formula))\(sum), "
                    + "over the limit of \(limit) per notebook",
                hint: "use fewer epochs, samples or weights, or raise the limit with --work-limit")]
        }
        return []
    }

    /// The work all the blocks ask for together.
    func total(_ blocks: [CheckedBlock]) -> Int {
        var estimate = self
        return blocks.flatMap(\.statements).reduce(0) { Self.add($0, estimate.cost(of: $1).units) }
    }

    // MARK: - Costs

    private mutating func cost(of statement: CheckedStatement) -> (units: Int, formula: String) {
        let name = statement.defines.first ?? ""
        switch statement.command {
        case .moons(let spec): samples[name] = spec.count
        case .circles(let spec): samples[name] = spec.count
        case .playground(let spec): samples[name] = spec.count
        case .blobs(let spec): samples[name] = spec.count
        case .csv(let spec): samples[name] = dataRows(spec.path)
        case .split(let spec):
            let count = samples[spec.dataset] ?? 0
            let test = Int((Double(count) * spec.testFraction).rounded())
            if statement.defines.count == 2 {
                samples[statement.defines[0]] = count - test
                samples[statement.defines[1]] = test
            }
        case .network(let spec):
            parameters[name] = spec.shape.variants.map(Self.parameterCount)
        case .train(let spec):
            let count = samples[spec.dataset] ?? 0
            let networks = parameters[spec.network] ?? []
            let runs = networks.flatMap { size in spec.rate.rates.map { _ in size } }
            parameters[name] = runs
            let units = runs.reduce(0) { Self.add($0, Self.multiply(count, $1, spec.epochs)) }
            return (units, Self.formula(count, runs, spec.epochs))
        case .trainOnSample(let spec):
            let networks = parameters[spec.network] ?? []
            parameters[name] = networks
            let units = networks.reduce(0) { Self.add($0, Self.multiply(1, $1, spec.epochs)) }
            return (units, Self.formula(1, networks, spec.epochs))
        case .trace(let spec):
            let size = parameters[spec.network]?.first ?? 0
            return (size, "1 sample × \(size) parameters, one training step")
        case .evaluate(let spec):
            return forwardPass(samples: samples[spec.dataset] ?? 0, model: spec.model, member: spec.member)
        case .predict(let spec):
            // Only the rows the table shows go through the network.
            let shown = min(samples[spec.dataset] ?? 0, ModelTables.predictionRowLimit)
            return forwardPass(samples: shown, model: spec.model, member: spec.member)
        case .table(let spec):
            let count = samples[spec.dataset] ?? 0
            let networks = spec.models.flatMap { parameters[$0] ?? [] }
            let units = networks.reduce(0) { Self.add($0, Self.multiply(count, $1, 1)) }
            return (units, Self.forwardFormula(count, networks))
        case .plot(let spec):
            if case .hidden(let model, let dataset, _) = spec.kind {
                return forwardPass(samples: samples[dataset] ?? 0, model: model, member: nil)
            }
            guard case .boundary(let models, let dataset, let grid) = spec.kind else { break }
            let sizes = models.flatMap { parameters[$0] ?? [] }
            let panels = max(sizes.count, grid.map { Self.multiply($0.rows, $0.columns, 1) } ?? 0)
            let largest = sizes.max() ?? 0
            // each panel evaluates its grid, and its model on the data for the accuracy in its title
            let count = samples[dataset] ?? 0
            let points = Self.add(Self.boundaryGridPoints, count)
            let units = Self.multiply(panels, points, largest)
            return (units, "\(panels) panel\(panels == 1 ? "" : "s") × (\(Self.boundaryGridPoints) grid points + "
                        + "\(count) samples) × \(largest) parameters")
        default:
            break
        }
        return (0, "")
    }

    // MARK: - Output

    /// A training that records its loss more than ``BuildLimits/maxHistory`` times, the dataset
    /// past ``BuildLimits/maxDatasets`` or the plot past ``BuildLimits/maxPlots``: each is kept,
    /// cached and rendered, so their number is bounded however cheap each one is.
    private static func outputProblem(_ statement: CheckedStatement, datasets: inout Int, plots: inout Int) -> Diagnostic? {
        let subject = statement.defines.first.map { "'\($0)'" } ?? "this training"
        let history: (epochs: Int, record: Int)?
        switch statement.command {
        case .train(let spec): history = (spec.epochs, spec.record)
        case .trainOnSample(let spec): history = (spec.epochs, spec.record)
        case .moons, .circles, .playground, .blobs, .csv, .split:
            datasets += statement.defines.count
            history = nil
            if datasets > BuildLimits.maxDatasets {
                return .error(at: statement.location,
                              "this notebook defines more than \(BuildLimits.maxDatasets) datasets",
                              hint: "reuse datasets, or split the notebook into several")
            }
        case .plot:
            plots += 1
            history = nil
            if plots > BuildLimits.maxPlots {
                return .error(at: statement.location, "this notebook draws more than \(BuildLimits.maxPlots) plots",
                              hint: "draw several models in one plot (small multiples), or split the notebook")
            }
        default: history = nil
        }
        guard let history else { return nil }
        let records = history.epochs / max(1, history.record)
        guard records > BuildLimits.maxHistory else { return nil }
        let every = (history.epochs + BuildLimits.maxHistory - 1) / BuildLimits.maxHistory
        return .error(at: statement.location,
                      "\(subject) records the loss \(records) times (every \(history.record) of \(history.epochs) "
                        + "epochs), over the limit of \(BuildLimits.maxHistory) per training",
                      hint: "record less often: record=\(every) or more")
    }

    // MARK: - Memory

    /// Bytes a statement's values keep (datasets, networks, trained models and their history)
    /// and bytes it needs only while it runs (training's activations, gradients and moments; a
    /// forward pass's batches), with a formula for messages.
    private mutating func memory(of statement: CheckedStatement) -> (retained: Int, transient: Int, formula: String) {
        let name = statement.defines.first ?? ""
        let double = MemoryLayout<Double>.size
        switch statement.command {
        case .moons, .circles, .playground, .blobs, .csv:
            let count = samples[name] ?? 0
            switch statement.command {
            case .blobs(let spec): features[name] = spec.centers.first?.count ?? 2
            case .csv(let spec): features[name] = dataColumns(spec.path)
            default: features[name] = 2
            }
            let bytes = Self.multiply(count, Self.add(features[name] ?? 2, 1), double)
            return (bytes, 0, "\(count) samples × \(features[name] ?? 2) features")
        case .split(let spec):
            let width = features[spec.dataset] ?? 2
            for part in statement.defines { features[part] = width }
            let count = samples[spec.dataset] ?? 0
            return (Self.multiply(count, width + 1, double), 0, "\(count) samples × \(width) features")
        case .network(let spec):
            shapes[name] = spec.shape.variants
            let all = (parameters[name] ?? []).reduce(0, Self.add)
            return (Self.multiply(all, double, 1), 0, "\(all) parameters")
        case .train(let spec):
            let runs = (shapes[spec.network] ?? []).flatMap { shape in spec.rate.rates.map { _ in shape } }
            shapes[name] = runs
            let count = samples[spec.dataset] ?? 0
            let batch: Int
            switch spec.batch {
            case .full: batch = count
            case .size(let size): batch = min(size, count)
            }
            let records = Self.add(spec.epochs / max(1, spec.record), 2)
            var kept = 0
            var working = 0
            for shape in runs {
                let weights = Self.parameterCount(shape)
                // the trained weights and the loss history stay; the net inputs, outputs and deltas
                // of every layer for a batch, the gradients and the optimizer's moments do not
                kept = Self.add(kept, Self.add(Self.multiply(weights, double, 1), Self.multiply(records, 2 * double, 1)))
                let units = shape.reduce(0, Self.add)
                working = Self.add(working, Self.add(Self.multiply(batch, units, 3 * double), Self.multiply(weights, 3 * double, 1)))
            }
            let units = runs.map { $0.reduce(0, Self.add) }.max() ?? 0
            let over = runs.count > 1 ? ", over \(runs.count) networks" : ""
            return (kept, working, "batches of \(batch) samples × \(units) units\(over)")
        case .trainOnSample(let spec):
            shapes[name] = shapes[spec.network] ?? []
            return (0, 0, "")
        case .evaluate(let spec):
            return (0, forwardMemory(samples[spec.dataset] ?? 0), "one forward pass")
        case .table(let spec):
            return (0, forwardMemory(samples[spec.dataset] ?? 0), "one forward pass")
        case .plot(let spec):
            switch spec.kind {
            case .hidden(_, let dataset, _), .boundary(_, let dataset, _):
                return (0, forwardMemory(samples[dataset] ?? 0), "one forward pass")
            default:
                break
            }
            return (0, 0, "")
        default:
            return (0, 0, "")
        }
    }

    /// A forward pass in batches: two batches of activations, and a class and two numbers kept
    /// per sample.
    private func forwardMemory(_ samples: Int) -> Int {
        Self.add(Self.multiply(Network.batchValues, 4 * MemoryLayout<Double>.size, 1), Self.multiply(samples, 24, 1))
    }

    /// Bytes as whole megabytes (10⁶ bytes), rounded up.
    private static func megabytes(_ bytes: Int) -> Int {
        bytes / 1_000_000 + (bytes % 1_000_000 == 0 ? 0 : 1)
    }

    /// One forward pass of `samples` through one model (a sweep's member, or its first model).
    private func forwardPass(samples count: Int, model: String, member: Int?) -> (units: Int, formula: String) {
        let sizes = parameters[model] ?? []
        let index = (member ?? 1) - 1
        let size = sizes.indices.contains(index) ? sizes[index] : 0
        return (Self.multiply(count, size, 1), Self.forwardFormula(count, [size]))
    }

    /// "60 samples × 447 parameters, one forward pass" (", over 6 networks" for several).
    private static func forwardFormula(_ samples: Int, _ networks: [Int]) -> String {
        let parameters = networks.reduce(0, add)
        let over = networks.count > 1 ? ", over \(networks.count) networks" : ""
        return "\(samples) sample\(samples == 1 ? "" : "s") × \(parameters) parameters, one forward pass\(over)"
    }

    /// What a statement that defines no name is called in messages.
    private static func subject(of command: Command) -> String {
        switch command {
        case .table: "this table"
        case .predict: "this prediction table"
        default: "this plot"
        }
    }

    /// "60 samples × 447 parameters × 30000 epochs, over 6 networks".
    private static func formula(_ samples: Int, _ networks: [Int], _ epochs: Int) -> String {
        let parameters = networks.reduce(0, add)
        let over = networks.count > 1 ? ", over \(networks.count) networks" : ""
        return "\(samples) sample\(samples == 1 ? "" : "s") × \(parameters) parameters × \(epochs) epochs\(over)"
    }

    /// Weights and biases of a fully connected network with these layer sizes.
    static func parameterCount(_ sizes: [Int]) -> Int {
        zip(sizes, sizes.dropFirst()).reduce(0) { add($0, add(multiply($1.0, $1.1, 1), $1.1)) }
    }

    /// Lines after the header of a CSV file in the notebook's folder (0 when it cannot be read:
    /// the run reports why).
    private func dataRows(_ path: String) -> Int {
        guard let text = try? NotebookFolder(folder).read(path) else { return 0 }
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        return max(0, lines.count - 1)
    }

    /// Columns of a CSV file's header less the label column (2 when it cannot be read).
    private func dataColumns(_ path: String) -> Int {
        guard let text = try? NotebookFolder(folder).read(path),
              let header = text.split(whereSeparator: \.isNewline).first else { return 2 }
        return max(1, header.split(separator: ",").count - 1)
    }

    // MARK: - Saturating arithmetic

    static func add(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }

    static func multiply(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let (ab, first) = a.multipliedReportingOverflow(by: b)
        let (abc, second) = ab.multipliedReportingOverflow(by: c)
        return first || second ? Int.max : abc
    }
}
