import NeuralNet
import NotebookLanguage
import SVGPlot

/// `plot network`: a network as SVGPlot's layered graph — inputs, hidden and output neurons, a
/// bias input (a square) feeding each layer, every edge labelled with its weight as the trace
/// numbers them (w1…wK) and, given a trace, each neuron's values on the pass `show` names.
///
/// Networks wider than 6 neurons in a layer, or with more than 32 weights and biases, are drawn
/// without text: edge width and colour by weight.
///
/// ```swift
/// let figure = NetworkDiagram(network: net, trace: t, show: .forward, name: "t", words: words)
///     .figure(key: "b3-1", width: 416)
/// ```
struct NetworkDiagram {
    var network: Network
    var trace: StepTrace?
    var show: NetworkShow?
    var name: String
    var words: InterfaceWords = .english

    /// Whether every edge and neuron carries its numbers.
    var isLabelled: Bool {
        let parameters = network.layers.reduce(0) { $0 + $1.weights.values.count + $1.biases.count }
        let widest = ([network.inputCount] + network.layers.map(\.fanOut)).max() ?? 0
        return parameters <= 32 && widest <= 6
    }

    /// Numbers in the diagram: four significant digits (the tables beside it have ten).
    private func n(_ value: Double) -> String { NumberFormat.shortest(value, digits: 4) }

    private func neuron(_ layer: Int, _ index: Int) -> String {
        ModelTables.neuronName(layer: layer, index: index, of: network)
    }

    var graph: LayeredGraph {
        let layers = network.layers
        var columns: [[LayeredGraph.Node]] = []
        for l in 0...layers.count {
            let count = l == 0 ? network.inputCount : layers[l - 1].fanOut
            var column = (0..<count).map { j in LayeredGraph.Node(label: neuron(l, j), annotation: annotation(l, j)) }
            if l < layers.count { column.append(LayeredGraph.Node(label: "b\(l + 1)", isBias: true)) }
            columns.append(column)
        }
        var edges: [LayeredGraph.Edge] = []
        var number = 0
        for (l, layer) in layers.enumerated() {
            for j in 0..<layer.fanOut {
                for i in 0..<layer.fanIn {
                    number += 1
                    let after = trace.map { $0.updated.layers[l].weights[j, i] }
                    edges.append(LayeredGraph.Edge(from: (l, i), to: (l + 1, j), value: layer.weights[j, i],
                                                   label: label("w\(number) ", layer.weights[j, i], after)))
                }
            }
            for j in 0..<layer.fanOut {
                let after = trace.map { $0.updated.layers[l].biases[j] }
                edges.append(LayeredGraph.Edge(from: (l, layer.fanIn), to: (l + 1, j), value: layer.biases[j],
                                               label: label("", layer.biases[j], after)))
            }
        }
        return LayeredGraph(columns: columns, edges: edges, title: title, description: description, key: "")
    }

    /// "w5 0.5", or with `show=update` "w5 0.5" over "→ 0.4591"; nothing on a large network.
    private func label(_ prefix: String, _ before: Double, _ after: Double?) -> [String] {
        guard isLabelled else { return [] }
        if show == .update, let after { return [prefix + n(before), "→ " + n(after)] }
        return [prefix + n(before)]
    }

    /// The numbers beside neuron `index` of layer `layer` (0: the inputs).
    private func annotation(_ layer: Int, _ index: Int) -> [String] {
        guard isLabelled, let trace, let show else { return [] }
        switch show {
        case .forward:
            if layer == 0 { return [n(trace.input[index])] }
            return ["net " + n(trace.netInputs[layer - 1][index]), "out " + n(trace.outputs[layer - 1][index])]
        case .backward:
            return layer == 0 ? [] : ["δ " + n(trace.deltas[layer - 1][index])]
        case .update:
            return []
        }
    }

    private var title: String {
        switch show {
        case .forward?: words.fill(words.forwardPassCaption, name)
        case .backward?: words.fill(words.backwardPassCaption, name)
        case .update?: words.fill(words.updateCaption, name, NumberFormat.written(trace?.rate ?? 0))
        case nil: words.fill(words.networkTitle, name)
        }
    }

    private var description: String {
        let sizes = ([network.inputCount] + network.layers.map(\.fanOut)).map(String.init).joined(separator: "-")
        let what = switch show {
        case .forward?: words.networkForward
        case .backward?: words.networkBackward
        case .update?: words.networkUpdate
        case nil: words.networkWeights
        }
        return words.fill(words.networkDescription, name, sizes, what)
    }

    func figure(key: String, width: Double) -> RenderedFigure {
        var graph = self.graph
        graph.key = key
        graph.width = width
        return RenderedFigure(key: key, title: graph.title, description: description, svg: graph.svg(includingStyle: false))
    }
}
