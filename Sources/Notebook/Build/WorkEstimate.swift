import Foundation
import NeuralNet
import NotebookLanguage

/// Counts the work a notebook's checked blocks ask for, statement by statement, and refuses the
/// statement that takes the notebook past its ``BuildLimits/work`` budget, before anything runs;
/// with it, the memory its values and its largest statement need (`WorkEstimate+Memory.swift`)
/// and how many outputs it makes (`WorkEstimate+Output.swift`).
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

    var samples: [String: Int] = [:]
    var parameters: [String: [Int]] = [:]
    /// Features per sample of each dataset.
    var features: [String: Int] = [:]
    /// Layer sizes of each network or trained model (one per model of a sweep).
    var shapes: [String: [[Int]]] = [:]
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
        for (offset, statement) in blocks.flatMap(\.statements).enumerated() {
            // Each statement keeps a value, a cache key and highlighted source on the page.
            if offset == BuildLimits.maxStatements {
                return [.error(at: statement.location,
                               "this notebook has more than \(BuildLimits.maxStatements) nn statements",
                               hint: "split the notebook into several")]
            }
            if let problem = Self.outputProblem(statement, datasets: &datasets, plots: &plots) { return [problem] }
            let cost = estimate.cost(of: statement)
            estimate.total = Self.add(estimate.total, cost.units)
            if case .trace(let spec) = statement.command,
               let weights = Self.members(spec.network, of: estimate.parameters).first, weights > BuildLimits.maxTracedParameters {
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
        case .points(let spec): samples[name] = spec.labels.count
        case .split(let spec):
            let count = samples[spec.dataset] ?? 0
            let test = Int((Double(count) * spec.testFraction).rounded())
            if statement.defines.count == 2 {
                samples[statement.defines[0]] = count - test
                samples[statement.defines[1]] = test
            }
        case .network(let spec):
            parameters[name] = spec.members.map { Self.parameterCount($0.shape.sizes) }
        case .train(let spec):
            let count = samples[spec.dataset] ?? 0
            let networks = Self.members(spec.network, of: parameters)
            // A network sweep, or one network per member of the training's sweep (never both).
            let runs = networks.flatMap { size in spec.members.map { _ in size } }
            parameters[name] = runs
            let units = runs.reduce(0) { Self.add($0, Self.multiply(count, $1, spec.epochs)) }
            return (units, Self.formula(count, runs, spec.epochs))
        case .trainOnSample(let spec):
            let networks = Self.members(spec.network, of: parameters)
            parameters[name] = networks
            let units = networks.reduce(0) { Self.add($0, Self.multiply(1, $1, spec.epochs)) }
            return (units, Self.formula(1, networks, spec.epochs))
        case .trace(let spec):
            let size = Self.members(spec.network, of: parameters).first ?? 0
            return (size, "1 sample × \(size) parameters, one training step")
        case .evaluate(let spec):
            return forwardPass(samples: samples[spec.dataset] ?? 0, model: spec.model)
        case .predict(let spec):
            // Only the rows the table shows go through the network.
            let shown = min(samples[spec.dataset] ?? 0, ModelTables.predictionRowLimit)
            return forwardPass(samples: shown, model: spec.model)
        case .table(let spec):
            let runs = spec.entries.flatMap { entry in
                Self.members(entry.model, of: parameters).map { (samples: samples[entry.dataset] ?? 0, parameters: $0) }
            }
            let units = runs.reduce(0) { Self.add($0, Self.multiply($1.samples, $1.parameters, 1)) }
            let count = runs.reduce(0) { Self.add($0, $1.samples) }
            return (units, Self.forwardFormula(count, runs.map(\.parameters)))
        case .surface(let spec):
            let count = samples[spec.dataset] ?? 0
            let size = parameters[spec.network]?.first ?? 0
            // every grid point a forward pass, every descent step and every refining step of at
            // most 8 minima a forward and a backward pass
            let points = spec.resolution * spec.resolution + spec.steps * spec.starts.count + 8 * 100_000
            return (Self.multiply(points, count, size), "\(points) passes × \(count) samples × \(size) parameters")
        case .plot(let spec):
            if case .hidden(let model, let dataset, _) = spec.kind {
                return forwardPass(samples: samples[dataset] ?? 0, model: model)
            }
            guard case .boundary(let models, let dataset, let grid) = spec.kind else { break }
            let sizes = models.flatMap { Self.members($0, of: parameters) }
            // a scrubber of snapshots draws one panel per snapshot, at most TrainSpec.maximumSnapshots
            let panels = spec.scrub == .snapshots ? TrainSpec.maximumSnapshots
                : max(sizes.count, grid.map { Self.multiply($0.rows, $0.columns, 1) } ?? 0)
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

    /// One forward pass of `samples` through one model (a sweep's member, or its first model).
    private func forwardPass(samples count: Int, model: Subject) -> (units: Int, formula: String) {
        let size = Self.members(model, of: parameters).first ?? 0
        return (Self.multiply(count, size, 1), Self.forwardFormula(count, [size]))
    }

    /// The entries of `values` a subject stands for: all of a name's, or one member's.
    static func members<T>(_ subject: Subject, of values: [String: [T]]) -> [T] {
        let all = values[subject.name] ?? []
        guard let member = subject.member else { return all }
        return all.indices.contains(member - 1) ? [all[member - 1]] : []
    }

    /// "60 samples × 447 parameters, one forward pass" (", over 6 networks" for several).
    private static func forwardFormula(_ samples: Int, _ networks: [Int]) -> String {
        let parameters = networks.reduce(0, add)
        let over = networks.count > 1 ? ", over \(networks.count) networks" : ""
        return "\(samples) sample\(samples == 1 ? "" : "s") × \(parameters) parameters, one forward pass\(over)"
    }

    /// What a statement that defines no name is called in messages.
    static func subject(of command: Command) -> String {
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
    func dataRows(_ path: String) -> Int {
        guard let text = try? NotebookFolder(folder).read(path) else { return 0 }
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        return max(0, lines.count - 1)
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
