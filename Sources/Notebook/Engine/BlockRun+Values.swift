import Foundation
import NeuralNet
import NotebookLanguage
import SVGPlot

// print, trace, expect.

extension BlockRun {
    /// Any value: a number as `name = value`, everything else as tables.
    mutating func print(_ spec: PrintSpec, at location: SourceLocation) throws(RunFailure) {
        let name = spec.value.description
        let value = try ReferenceResolver(session: session, location: location).resolve(spec.value)
        // Every number of a network's or a matrix's tables is a cell of the page.
        let count = Self.printedNumbers(value)
        guard count <= BuildLimits.maxPrintedNumbers else {
            throw .error(at: location, "'\(name)' has \(count) numbers, over the limit of "
                         + "\(BuildLimits.maxPrintedNumbers) a print shows",
                         hint: "print a part of it, or use a smaller network")
        }
        switch value {
        case .number(let number):
            emit(.value(name: name, text: NumberFormat.shortest(number)))
        case .vector(let values):
            emit(.table(DataTable(caption: name, columns: (1...max(1, values.count)).map { "[\($0)]" },
                                  rows: [values.map { .number($0) }])))
        case .matrix(let rows):
            let width = rows.map(\.count).max() ?? 0
            emit(.table(DataTable(caption: name, columns: [""] + (0..<width).map { "[\($0 + 1)]" },
                                  rows: rows.enumerated().map { k, row in
                                      [.label("[\(k + 1)]")] + row.map { .number($0) }
                                          + Array(repeating: .label(""), count: width - row.count)
                                  })))
        case .history(let records):
            emit(.table(DataTable(caption: name, columns: [words.epoch, words.loss],
                                  rows: records.map { [.count($0.epoch), .number($0.loss)] })))
        case .dataset(let data):
            emit(.table(datasetTable(data, name: name)))
        case .network(let network):
            for table in ModelTables.parameters(network.network, name: name, words: words) { emit(.table(table)) }
        case .networkSweep(let networks):
            for network in networks {
                for table in ModelTables.parameters(network.network, name: "\(name) \(network.label)", words: words) { emit(.table(table)) }
            }
        case .model(let model):
            emit(.table(ModelTables.summary([model], caption: name, words: words)))
            for table in ModelTables.parameters(model.network, name: name, words: words) { emit(.table(table)) }
        case .modelSweep(let models):
            emit(.table(ModelTables.summary(models, caption: name, words: words)))
        case .trace(let trace):
            for table in TraceTables(trace: trace, name: name, words: words).all { emit(.table(table)) }
        case .chain(let trace, let weights):
            do throws(NeuralNetError) {
                emit(.table(try TraceTables(trace: trace, name: spec.value.name, words: words).chain(weights: weights)))
            } catch {
                throw .error(at: location, error.description)
            }
        case .surface(let surface):
            emit(.table(surfaceTable(surface, name: name)))
        case .evaluation(let evaluation):
            emit(.table(ModelTables.evaluation(evaluation, model: name, dataset: words.itsData, words: words)))
            emit(.table(ModelTables.confusion(evaluation, model: name, dataset: words.itsData, words: words)))
        }
    }

    /// How many numbers printing `value` shows (datasets show 20 samples, sweeps a summary).
    static func printedNumbers(_ value: SessionValue) -> Int {
        switch value {
        case .vector(let values): values.count
        case .matrix(let rows): rows.reduce(0) { $0 + $1.count }
        case .history(let records): 2 * records.count
        case .network(let network): network.network.layers.reduce(0) { $0 + $1.weights.values.count + $1.biases.count }
        case .networkSweep(let networks):
            networks.reduce(0) { total, network in
                total + network.network.layers.reduce(0) { $0 + $1.weights.values.count + $1.biases.count }
            }
        case .model(let model): model.network.layers.reduce(0) { $0 + $1.weights.values.count + $1.biases.count }
        case .chain(_, let weights): 5 * weights.count
        default: 0
        }
    }

    /// The samples, at most `limit` rows, with a last row saying how many more there are.
    private func datasetTable(_ data: Dataset, name: String, limit: Int = 20) -> DataTable {
        var table = DataTable(caption: words.fill(words.datasetCaption, name, String(data.count), String(data.featureCount),
                                                  String(data.classCount)), columns: data.featureNames + [words.label])
        for i in 0..<min(limit, data.count) {
            table.rows.append(data.features.row(i).map { .number($0) } + [.label(data.classNames[data.labels[i]])])
        }
        if data.count > limit {
            table.rows.append([.label(words.fill(words.moreRows, String(data.count - limit)))]
                              + Array(repeating: .label(""), count: data.featureCount))
        }
        return table
    }

    /// One step of hand calculation, shown as its tables.
    /// A network is traced from its weights, a trained model from its trained weights.
    mutating func trace(_ spec: TraceSpec, at location: SourceLocation) throws(RunFailure) -> SessionValue {
        let network = switch try value(of: spec.network.name) {
        case .model, .modelSweep: try models(spec.network)[0].network
        default: try networks(spec.network)[0].network
        }
        do throws(NeuralNetError) {
            let trace = try StepTrace(network: network, input: spec.input, target: spec.target,
                                      loss: spec.loss.neuralNet, rate: spec.rate)
            return .trace(trace)
        } catch {
            throw .error(at: location, error.description)
        }
    }

    /// The trace's tables, shown when the statement has no name or is run on its own.
    mutating func showTrace(_ value: SessionValue, name: String, steps: Bool = false) {
        guard case .trace(let trace) = value else { return }
        let tables = TraceTables(trace: trace, name: name, words: words)
        for table in steps ? tables.steps : tables.all { emit(.table(table)) }
    }

    /// Compares a reference with a number; a failure is an error located at the statement.
    mutating func expect(_ spec: ExpectSpec, at location: SourceLocation) throws(RunFailure) {
        let actual = try ReferenceResolver(session: session, location: location).number(spec.value)
        let expected = NumberFormat.written(spec.expected)
        let hasPassed: Bool
        switch spec.comparator {
        case .equal: hasPassed = abs(actual - spec.expected) <= spec.tolerance
        case .less: hasPassed = actual < spec.expected
        case .lessOrEqual: hasPassed = actual <= spec.expected
        case .greater: hasPassed = actual > spec.expected
        case .greaterOrEqual: hasPassed = actual >= spec.expected
        }
        let wanted = spec.comparator == .equal
            ? "\(expected) ± \(spec.tolerance)"
            : "\(spec.comparator.rawValue) \(expected)"
        let statement = "\(spec.value) " + (spec.comparator == .equal ? "= " : "") + wanted
        emit(.expectation(ExpectationResult(statement: statement, actual: actual, hasPassed: hasPassed)))
        guard !hasPassed else { return }
        let shown = Self.expectationText(actual)
        let hint = if let stop = divergence(of: spec.value) {
            "training of '\(spec.value.name)' diverged at epoch \(stop.epoch); try a smaller rate"
        } else if spec.comparator == .equal && actual.isFinite {
            "it differs by \(NumberFormat.shortest(abs(actual - spec.expected), digits: 3)); correct the expected value or widen 'tol'"
        } else {
            "correct the expected value, or look at why the result changed"
        }
        diagnostics.append(.error(at: location, "expectation failed: \(spec.value) is \(shown) but should be \(wanted)",
                                  hint: hint))
    }

    /// Where the model a reference reads from stopped diverging: `m.loss` for a model, `ms[2].loss`
    /// for one model of a sweep.
    private func divergence(of reference: Reference) -> TrainedModel.Stop? {
        switch session[reference.name] {
        case .model(let model):
            return model.divergence
        case .modelSweep(let models):
            guard case .index(let index)? = reference.path.first, models.indices.contains(index - 1) else { return nil }
            return models[index - 1].divergence
        default:
            return nil
        }
    }

    /// Eight significant digits, trailing zeros kept: `0.79873140`; whole numbers as they are.
    static func expectationText(_ value: Double) -> String {
        guard value.isFinite else { return NumberFormat.shortest(value) }
        if value == value.rounded(), abs(value) < 1e15 { return NumberFormat.written(value) }
        let exponent = Int(log10(abs(value)).rounded(.down))
        let decimals = 7 - exponent
        return decimals > 0 && decimals <= 20 ? NumberFormat.shortest(value, decimals: decimals) : NumberFormat.shortest(value, digits: 8)
    }
}
