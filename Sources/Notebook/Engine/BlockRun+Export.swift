import Foundation
import NeuralNet
import NotebookLanguage

// export: a dataset as CSV, a model as JSON or as a numpy program (NumpyProgram), a model's history as CSV;
// a whole sweep as one JSON file of its models, its histories as one CSV file. The bytes are returned
// as an output item; the caller writes them next to the page.

extension BlockRun {
    mutating func export(_ spec: ExportSpec, at location: SourceLocation) throws(RunFailure) {
        // `models.history`: every member's losses, one row per record, labelled by member.
        if spec.value.path == [.field("history")], case .modelSweep(let models)? = session[spec.value.name] {
            let rows = models.flatMap { model in model.history.map { "\(Self.csvField(model.label)),\($0.epoch),\(Self.exact($0.loss))\n" } }
            emit(.export(fileName: spec.path, data: Data(("model,epoch,loss\n" + rows.joined()).utf8)))
            return
        }
        let value = try ReferenceResolver(session: session, location: location).resolve(spec.value)
        let text: String
        switch value {
        case .modelSweep(let models) where spec.format == .json: text = Self.json(sweep: models)
        case .dataset(let data): text = Self.csv(data)
        case .model(let model) where spec.format == .py:
            if let reason = NumpyProgram.reason(model) {
                throw .error(at: location, reason, hint: "export it as JSON instead: to \"\(spec.value.name).json\"")
            }
            text = NumpyProgram.text(model, fileName: String(spec.path.split(separator: "/").last ?? "train.py"))
        case .model(let model): text = Self.json(model)
        case .history(let records):
            text = "epoch,loss\n" + records.map { "\($0.epoch),\(Self.exact($0.loss))\n" }.joined()
        default:
            throw .error(at: location, "'\(spec.value)' is \(value.kindDescription); 'export' writes a dataset, "
                         + "a model or a model's history")
        }
        emit(.export(fileName: spec.path, data: Data(text.utf8)))
    }

    /// Shortest round-trip spelling, so the file reads back to the same doubles.
    static func exact(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func csvField(_ field: String) -> String {
        field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    static func csv(_ data: Dataset) -> String {
        var text = (data.featureNames + ["label"]).map(csvField).joined(separator: ",") + "\n"
        for i in 0..<data.count {
            text += data.features.row(i).map(exact).joined(separator: ",") + "," + csvField(data.classNames[data.labels[i]]) + "\n"
        }
        return text
    }

    /// Every model of a sweep in one file: `{"models": [{…}, {…}]}`, each as `json(_:)` writes it
    /// (its label says which member it is).
    static func json(sweep models: [TrainedModel]) -> String {
        let objects = models.map { model in
            json(model).split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        }
        return "{\n  \"models\": [\n" + objects.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    /// The model's layers (weights fan_out × fan_in, biases, activation), loss and training facts.
    static func json(_ model: TrainedModel) -> String {
        let string = { (text: String) in
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        let number = { (value: Double) in value.isFinite ? exact(value) : "null" }
        let layers = model.network.layers.map { layer in
            let rows = (0..<layer.fanOut).map { j in "[" + layer.weights.row(j).map(number).joined(separator: ", ") + "]" }
            return "    {\"activation\": \(string(ActivationName(layer.activation).rawValue)), \"weights\": [" + rows.joined(separator: ", ")
                + "], \"biases\": [" + layer.biases.map(number).joined(separator: ", ") + "]}"
        }
        return """
            {
              "label": \(string(model.label)),
              "sizes": [\(model.network.sizes.map(String.init).joined(separator: ", "))],
              "loss": \(string(LossName(model.loss).rawValue)),
              "rate": \(number(model.rate)),
              "epochs": \(model.epochsCompleted),
              "finalLoss": \(number(model.finalLoss)),
              "diverged": \(model.hasDiverged),
              "layers": [
            \(layers.joined(separator: ",\n"))
              ]
            }

            """
    }
}
