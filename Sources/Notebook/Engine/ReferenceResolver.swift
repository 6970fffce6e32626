import NeuralNet
import NotebookLanguage

/// Follows a reference such as `t.output[1]`, `t.new.w5`, `models[2].loss` or `data.count` into
/// the session's values. Indexes count from 1, as the worked examples do.
///
/// ```swift
/// let value = try ReferenceResolver(session: session, location: at).resolve(reference)   // .number(0.75…)
/// ```
struct ReferenceResolver {
    let session: Session
    let location: SourceLocation

    func resolve(_ reference: Reference) throws(RunFailure) -> SessionValue {
        guard var value = session[reference.name] else { throw .skipped }
        var walked = reference.name
        var path = reference.path[...]
        while let component = path.popFirst() {
            value = try step(value, component, path: &path, walked: walked)
            switch component {
            case .field(let field): walked += "." + field
            case .index(let index): walked += "[\(index)]"
            }
        }
        return value
    }

    /// A number, or a located error saying what the reference gives instead (`verb`: what the
    /// hint asks for, "compare" for `expect`, "insert" for an inline value).
    func number(_ reference: Reference, verb: String = "compare") throws(RunFailure) -> Double {
        let value = try resolve(reference)
        guard case .number(let number) = value else {
            throw .error(at: location, "'\(reference)' is \(value.kindDescription), not a number",
                         hint: "\(verb) a single number, such as \(reference)[1]")
        }
        return number
    }

    private func step(_ value: SessionValue, _ component: Reference.Component, path: inout ArraySlice<Reference.Component>,
                      walked: String) throws(RunFailure) -> SessionValue {
        switch (value, component) {
        case (.dataset(let data), .field(let field)):
            switch field {
            case "count": return .number(Double(data.count))
            case "features": return .number(Double(data.featureCount))
            case "classes": return .number(Double(data.classCount))
            default: break
            }
        case (.network(let network), .field("parameters")):
            return .number(Double(Self.parameterCount(network.network)))
        case (.model(let model), .field(let field)):
            switch field {
            case "parameters": return .number(Double(Self.parameterCount(model.network)))
            case "loss": return .number(model.finalLoss)
            case "history": return .history(model.history)
            // The epochs after which `snapshots=` kept a copy of the network.
            case "snapshots": return .vector(model.snapshots.map { Double($0.epoch) })
            default: break
            }
        case (.modelSweep(let models), .index(let index)):
            return .model(try element(models, index, walked))
        case (.networkSweep(let networks), .index(let index)):
            return .network(try element(networks, index, walked))
        case (.evaluation(let evaluation), .field(let field)):
            switch field {
            case "accuracy": return .number(evaluation.accuracy)
            case "correct": return .number(Double(evaluation.correct))
            case "count": return .number(Double(evaluation.count))
            case "loss": return .number(evaluation.loss)
            case "confusion": return .matrix(evaluation.confusion.map { $0.map(Double.init) })
            default: break
            }
        case (.trace(let trace), .field(let field)):
            return try traceField(trace, field, path: &path, walked: walked)
        case (.chain(let trace, let weights), .field(let field)) where weights.count == 1:
            return try chainField(trace, weights[0], field, walked: walked)
        case (.surface(let surface), .field(let field)):
            switch field {
            case "minima": return .matrix(surface.minima)
            case "ends": return .matrix(surface.ends)
            default: break
            }
        case (.vector(let values), .index(let index)):
            return .number(try element(values, index, walked))
        case (.matrix(let rows), .index(let index)):
            return .vector(try element(rows, index, walked))
        case (.history(let records), .index(let index)):
            return .number(try element(records, index, walked).loss)
        default:
            break
        }
        let what = switch component {
        case .field(let field): "has no field '\(field)'"
        case .index: "cannot be indexed"
        }
        throw .error(at: location, "'\(walked)' is \(value.kindDescription) and \(what)")
    }

    /// Weights and biases: what a network has to learn.
    static func parameterCount(_ network: Network) -> Int {
        network.weightCount + network.layers.reduce(0) { $0 + $1.biases.count }
    }

    private func traceField(_ trace: StepTrace, _ field: String, path: inout ArraySlice<Reference.Component>,
                            walked: String) throws(RunFailure) -> SessionValue {
        switch field {
        case "net": return .matrix(trace.netInputs)
        case "out": return .matrix(trace.outputs)
        case "output": return .vector(trace.output)
        case "error": return .number(trace.totalError)
        case "delta": return .matrix(trace.deltas)
        case "chain":
            guard case .field(let name)? = path.first else {
                return .chain(trace, weights: Array(1...max(1, trace.network.weightCount)))
            }
            path.removeFirst()
            return .chain(trace, weights: [try weightNumber(name, of: trace.network, prefix: "\(walked).chain.\(name)", walked: walked)])
        case "grad", "new":
            let network = field == "new" ? trace.updated : trace.network
            guard case .field(let name)? = path.first else {
                return field == "new" ? .network(LabeledNetwork(label: walked + ".new", network: network))
                    : .vector((1...max(1, network.weightCount)).map { (try? trace.gradient(ofWeight: $0)) ?? .nan })
            }
            path.removeFirst()
            let prefix = "\(walked).\(field).\(name)"
            if name == "b" {
                let biases = field == "new" ? network.layers.map(\.biases) : trace.biasGradients
                return .matrix(biases)
            }
            guard name.hasPrefix("w"), let number = Int(name.dropFirst()) else {
                throw .error(at: location, "'\(prefix)' is not a weight", hint: "weights are w1…w\(network.weightCount); biases b[L][j]")
            }
            guard number >= 1, number <= network.weightCount else {
                throw .error(at: location, "there is no weight \(name): '\(walked)' has w1…w\(network.weightCount)",
                             hint: "weights are numbered across the network, layer 1's matrix row by row first")
            }
            do throws(NeuralNetError) {
                return .number(field == "new" ? try network.weight(number) : try trace.gradient(ofWeight: number))
            } catch {
                throw .error(at: location, error.description)
            }
        default:
            throw .error(at: location, "'\(walked)' is a trace and has no field '\(field)'")
        }
    }

    /// `w5` → 5, or a located error naming the weights there are.
    private func weightNumber(_ name: String, of network: Network, prefix: String, walked: String) throws(RunFailure) -> Int {
        guard name.hasPrefix("w"), let number = Int(name.dropFirst()) else {
            throw .error(at: location, "'\(prefix)' is not a weight", hint: "weights are w1…w\(network.weightCount)")
        }
        guard number >= 1, number <= network.weightCount else {
            throw .error(at: location, "there is no weight \(name): '\(walked)' has w1…w\(network.weightCount)",
                         hint: "weights are numbered across the network, layer 1's matrix row by row first")
        }
        return number
    }

    /// `t.chain.w5.product` and the other factors of one weight's gradient.
    private func chainField(_ trace: StepTrace, _ weight: Int, _ field: String, walked: String) throws(RunFailure) -> SessionValue {
        let factors = try Self.chainFactors(trace, weight, at: location)
        switch field {
        case "error": return .number(factors.errorSlope)
        case "slope": return .number(factors.activationSlope)
        case "input": return .number(factors.inputValue)
        case "product": return .number(factors.product)
        case "paths" where !factors.paths.isEmpty: return .vector(factors.paths)
        case "paths":
            throw .error(at: location, "'\(walked)' leads into an output neuron, so its error has no paths to sum",
                         hint: "use \(walked).error, the loss's slope at the output")
        default:
            throw .error(at: location, "'\(walked)' has no field '\(field)'",
                         hint: "its fields: error (∂E/∂out), slope (∂out/∂net), input (∂net/∂w), paths, product")
        }
    }

    /// The factors of one weight, or the located reason there are none.
    static func chainFactors(_ trace: StepTrace, _ weight: Int, at location: SourceLocation) throws(RunFailure) -> ChainFactors {
        do throws(NeuralNetError) {
            return try trace.chainFactors(ofWeight: weight)
        } catch {
            throw .error(at: location, error.description)
        }
    }

    private func element<T>(_ values: [T], _ index: Int, _ walked: String) throws(RunFailure) -> T {
        guard index >= 1, index <= values.count else {
            throw .error(at: location, "index \(index) is out of range: '\(walked)' has \(values.count) "
                         + "element\(values.count == 1 ? "" : "s")", hint: "indexes count from 1 to \(values.count)")
        }
        return values[index - 1]
    }
}
