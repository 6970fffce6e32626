import NeuralNet
import NotebookLanguage
import SVGPlot

/// The hand-calculation tables of one training step: forward pass, error, backward pass,
/// gradients and update, every weight named w1…wN as the worked examples number them.
///
/// ```swift
/// let tables = TraceTables(trace, name: "t").all
/// tables[0].caption   // "t: forward pass"
/// ```
struct TraceTables {
    let trace: StepTrace
    let name: String
    var words: InterfaceWords = .english

    var all: [DataTable] { [forward, error, backward, gradients, update] }

    /// The tables as steps: each labelled for its control, in order, in the page's words.
    var steps: [DataTable] {
        let labels = [words.stepForward, words.stepError, words.stepBackward, words.stepGradients, words.stepUpdate]
        return zip(all, labels).map { table, label in
            var table = table
            table.step = label
            return table
        }
    }

    private var network: Network { trace.network }

    private func neuron(_ layer: Int, _ index: Int) -> String {
        ModelTables.neuronName(layer: layer, index: index, of: network)
    }

    /// net_j = Σ_i w_ji·x_i + b_j and out_j = f(net_j), layer by layer.
    var forward: DataTable {
        var table = DataTable(caption: words.fill(words.forwardPassCaption, name),
                              columns: [words.neuron, words.activation, words.netInput, words.output])
        for (i, x) in trace.input.enumerated() {
            table.rows.append([.label(neuron(0, i)), .label(words.input), .label(""), .number(x)])
        }
        for (l, layer) in network.layers.enumerated() {
            for j in 0..<layer.fanOut {
                table.rows.append([.label(neuron(l + 1, j)), .label(ActivationName(layer.activation).rawValue),
                                   .number(trace.netInputs[l][j]), .number(trace.outputs[l][j])])
            }
        }
        return table
    }

    /// Each output's share of the error and the total E.
    var error: DataTable {
        var table = DataTable(caption: words.fill(words.errorCaption, name, LossName(trace.loss).rawValue),
                              columns: [words.output, words.target, words.outputValue, words.error])
        for (j, term) in trace.errors.enumerated() {
            table.rows.append([.label(neuron(network.layers.count, j)), .number(trace.target[j]),
                               .number(trace.output[j]), .number(term)])
        }
        table.rows.append([.label(words.total), .label(""), .label(""), .number(trace.totalError)])
        return table
    }

    /// δ_j = ∂E/∂net_j, from the output layer back.
    var backward: DataTable {
        var table = DataTable(caption: words.fill(words.backwardPassCaption, name), columns: [words.neuron, "δ = ∂E/∂net"])
        for l in network.layers.indices.reversed() {
            for (j, delta) in trace.deltas[l].enumerated() {
                table.rows.append([.label(neuron(l + 1, j)), .number(delta)])
            }
        }
        return table
    }

    /// ∂E/∂w_ji = δ_j·x_i for every weight, ∂E/∂b_j = δ_j for every bias.
    var gradients: DataTable {
        var table = DataTable(caption: words.fill(words.gradientsCaption, name),
                              columns: [words.parameter, words.connection, words.gradient])
        for parameter in parameters {
            table.rows.append([.label(parameter.name), .label(parameter.connection), .number(parameter.gradient)])
        }
        return table
    }

    /// w′ = w − η·∂E/∂w for every weight and bias.
    var update: DataTable {
        var table = DataTable(caption: words.fill(words.updateCaption, name, NumberFormat.written(trace.rate)),
                              columns: [words.parameter, words.before, words.gradient, words.after])
        for parameter in parameters {
            table.rows.append([.label(parameter.name), .number(parameter.before), .number(parameter.gradient),
                               .number(parameter.after)])
        }
        return table
    }

    /// ∂E/∂w = ∂E/∂out · ∂out/∂net · ∂net/∂w for each of `weights`, with the paths a hidden
    /// neuron's ∂E/∂out sums (δ_k·w_kj for every neuron k it feeds).
    func chain(weights: [Int]) throws(NeuralNetError) -> DataTable {
        var table = DataTable(caption: words.fill(words.chainCaption, name),
                              columns: [words.parameter, "Σ δ·w", "∂E/∂out", "∂out/∂net", "∂net/∂w", "∂E/∂w"])
        for number in weights {
            let factors = try trace.chainFactors(ofWeight: number)
            table.rows.append([
                // The weight's name only: the diagram and the gradients table show where it leads.
                .label("w\(number)"),
                .label(Self.sum(factors.paths)),
                // Seven digits, so the six columns fit a page's width; the fields keep every bit.
                .number(factors.errorSlope, digits: 7), .number(factors.activationSlope, digits: 7),
                .number(factors.inputValue, digits: 7), .number(factors.product, digits: 7),
            ])
        }
        return table
    }

    /// The paths a hidden neuron sums, written as a sum is typeset: `a − b`, a true minus sign
    /// for a negative term, each operator held to the number before it (no line starts with it).
    static func sum(_ terms: [Double]) -> String {
        var text = ""
        for (k, term) in terms.enumerated() {
            let magnitude = NumberFormat.shortest(abs(term), digits: 7)
            if k == 0 {
                text = (term < 0 ? "\u{2212}" : "") + magnitude
            } else {
                text += (term < 0 ? "\u{00A0}\u{2212} " : "\u{00A0}+ ") + magnitude
            }
        }
        return text
    }

    private struct Parameter {
        var name: String
        var connection: String
        var before: Double
        var gradient: Double
        var after: Double
    }

    /// Weights w1…wN (layer by layer, row by row), then biases b[L][j].
    private var parameters: [Parameter] {
        var weights: [Parameter] = []
        var biases: [Parameter] = []
        for (l, layer) in network.layers.enumerated() {
            for j in 0..<layer.fanOut {
                for i in 0..<layer.fanIn {
                    weights.append(Parameter(
                        name: "w\(weights.count + 1)", connection: "\(neuron(l, i)) → \(neuron(l + 1, j))",
                        before: layer.weights[j, i], gradient: trace.weightGradients[l][j, i],
                        after: trace.updated.layers[l].weights[j, i]))
                }
                biases.append(Parameter(
                    name: "b[\(l + 1)][\(j + 1)]", connection: "→ \(neuron(l + 1, j))", before: layer.biases[j],
                    gradient: trace.biasGradients[l][j], after: trace.updated.layers[l].biases[j]))
            }
        }
        return weights + biases
    }
}
