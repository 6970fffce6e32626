import NeuralNet
import NotebookLanguage
import SVGPlot

/// The tables that show models: evaluation, confusion matrix, predictions, a comparison of
/// models, weights and biases, and a loss history.
///
/// ```swift
/// ModelTables.comparison([(model, evaluation)], dataset: "test").rows[0][2].text   // "52/60 (86.7 %)"
/// ```
enum ModelTables {
    static func evaluation(_ evaluation: Evaluation, model: String, dataset: String,
                           words: InterfaceWords = .english) -> DataTable {
        DataTable(caption: words.fill(words.evaluationCaption, model, dataset), columns: [words.measure, words.value], rows: [
            [.label(words.accuracy), DataTable.Cell(text: NumberFormat.percent(evaluation.correct, of: evaluation.count),
                                                    value: evaluation.accuracy)],
            [.label(words.loss), .number(evaluation.loss)],
        ])
    }

    /// Rows are the actual classes, columns the predicted ones.
    static func confusion(_ evaluation: Evaluation, model: String, dataset: String,
                          words: InterfaceWords = .english) -> DataTable {
        let names = evaluation.classNames
        var table = DataTable(caption: words.fill(words.confusionCaption, model, dataset),
                              columns: [words.actual] + names.map { words.fill(words.predictedAs, $0) })
        for (k, row) in evaluation.confusion.enumerated() {
            table.rows.append([.label(names[k])] + row.map { .count($0) })
        }
        return table
    }

    /// A `predict` table shows at most this many samples, so a large dataset cannot swell the
    /// page; `evaluate` summarizes all of them.
    static let predictionRowLimit = 20

    static func predictions(_ model: TrainedModel, on data: Dataset, caption: String,
                            words: InterfaceWords = .english) -> DataTable {
        // Only the rows shown go through the network.
        let shown = min(data.count, predictionRowLimit)
        let outputs = model.network.forward(data.features.rows(in: 0..<shown))
        let predicted = Network.classes(of: outputs)
        let outputNames = (1...model.network.outputCount).map { "o\($0)" }
        let fullCaption = shown < data.count ? words.fill(words.firstSamples, caption, String(shown), String(data.count)) : caption
        var table = DataTable(caption: fullCaption, columns: data.featureNames + outputNames + [words.predicted, words.label])
        for i in 0..<shown {
            let inputs = data.features.row(i).map { DataTable.Cell.number($0) }
            let outs = outputs.row(i).map { DataTable.Cell.number($0) }
            let name = { (k: Int) in k < data.classNames.count ? data.classNames[k] : String(k) }
            table.rows.append(inputs + outs + [.label(name(predicted[i])), .label(name(data.labels[i]))])
        }
        return table
    }

    /// One row per model: label, final loss, accuracy on the data, epochs run, divergence. With
    /// no shared dataset (each model on its own), a column names each row's data.
    static func comparison(_ rows: [(model: TrainedModel, evaluation: Evaluation, dataset: String)], dataset: String?,
                           words: InterfaceWords = .english) -> DataTable {
        let caption = dataset.map { words.fill(words.modelsCaption, $0) } ?? words.modelsOnTheirDataCaption
        var table = DataTable(caption: caption,
                              columns: [words.model] + (dataset == nil ? [words.dataColumn] : [])
                                + [words.finalLoss, words.accuracy, words.epochs, words.diverged])
        for (model, evaluation, data) in rows {
            table.rows.append([.label(model.label)] + (dataset == nil ? [.label(data)] : []) + [
                .number(model.finalLoss),
                DataTable.Cell(text: NumberFormat.percent(evaluation.correct, of: evaluation.count), value: evaluation.accuracy),
                .count(model.epochsCompleted), .label(diverged(model, words: words)),
            ])
        }
        return table
    }

    /// Models without data: label, final loss, epochs, divergence.
    static func summary(_ models: [TrainedModel], caption: String, words: InterfaceWords = .english) -> DataTable {
        DataTable(caption: caption, columns: [words.model, words.finalLoss, words.epochs, words.diverged], rows: models.map { model in
            [.label(model.label), .number(model.finalLoss), .count(model.epochsCompleted), .label(diverged(model, words: words))]
        })
    }

    static func diverged(_ model: TrainedModel, words: InterfaceWords = .english) -> String {
        model.divergence.map { words.fill(words.divergedAt, String($0.epoch)) } ?? words.notDiverged
    }

    /// One table per layer: each neuron's incoming weights (named w1…wN across the network) and bias.
    static func parameters(_ network: Network, name: String, words: InterfaceWords = .english) -> [DataTable] {
        var number = 0
        return network.layers.enumerated().map { l, layer in
            let inputs = (1...layer.fanIn).map { words.fill(words.fromNeuron, neuronName(layer: l, index: $0 - 1, of: network)) }
            var table = DataTable(caption: words.fill(words.parametersCaption, name, String(l + 1), ActivationName(layer.activation).rawValue),
                                  columns: [words.neuron] + inputs + [words.bias])
            for j in 0..<layer.fanOut {
                var row: [DataTable.Cell] = [.label(neuronName(layer: l + 1, index: j, of: network))]
                for i in 0..<layer.fanIn {
                    number += 1
                    row.append(DataTable.Cell(text: "w\(number) = " + NumberFormat.shortest(layer.weights[j, i]),
                                              value: layer.weights[j, i]))
                }
                row.append(.number(layer.biases[j]))
                table.rows.append(row)
            }
            return table
        }
    }

    static func history(_ model: TrainedModel, name: String, words: InterfaceWords = .english) -> DataTable {
        DataTable(caption: words.fill(words.historyCaption, name), columns: [words.epoch, words.loss],
                  rows: model.history.map { [.count($0.epoch), .number($0.loss)] })
    }

    /// Neuron j (0-based) of layer `layer` (1-based after the inputs): `h1`, `h2`, … in the one
    /// hidden layer, `h2.1` with several, `o1`, `o2` in the output layer, `x1` for inputs.
    static func neuronName(layer: Int, index: Int, of network: Network) -> String {
        if layer == 0 { return "x\(index + 1)" }
        if layer == network.layers.count { return "o\(index + 1)" }
        return network.layers.count == 2 ? "h\(index + 1)" : "h\(layer).\(index + 1)"
    }
}
