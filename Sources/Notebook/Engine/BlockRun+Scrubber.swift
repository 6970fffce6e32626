import NeuralNet
import NotebookLanguage
import SVGPlot

// plot boundary … scrub=snapshots | scrub=models: the panels of a scrubber, each tagged with the
// label of the radio control that shows it, and for snapshots the loss curve whose marked
// points follow the choice. The page (BlockRenderer, Stylesheet's scrubber section) does the rest.

extension BlockRun {
    /// One model per snapshot of `name`, labelled "epoch 100", with the snapshot's network.
    func snapshotModels(_ subject: Subject, at location: SourceLocation) throws(RunFailure) -> [TrainedModel] {
        let model = try models(subject)[0]
        let name = subject.description
        guard !model.snapshots.isEmpty else {
            throw .error(at: location, "'\(name)' kept no snapshots to scrub through",
                         hint: "train it with snapshots=[0, 100, 1000] or snapshots=6")
        }
        return model.snapshots.map { snapshot in
            var copy = model
            copy.network = snapshot.network
            copy.label = words.fill(words.snapshotEpoch, String(snapshot.epoch))
            copy.snapshots = []
            return copy
        }
    }

    /// The panels of `grid` as figures tagged with their control's label; for snapshots, the loss
    /// curve with one marked point per snapshot (on the recorded curve, linearly between records).
    func scrubberFigures(_ grid: FigureGrid, models: [TrainedModel], scrub: Scrub, names: [Subject],
                         key: String) -> [RenderedFigure] {
        var grid = grid
        if requestedSize == nil { (grid.panelWidth, grid.panelHeight) = (416, 312) }
        let legend = scrub == .snapshots ? words.epoch : words.model
        let snapshotOwner: TrainedModel? = if scrub == .snapshots, let subject = names.first,
            let trained = try? self.models(subject).first { trained } else { nil }
        let stopLabels = snapshotOwner.map { $0.snapshots.map { String($0.epoch) } } ?? models.map(\.label)
        var figures = zip(Self.panelFigures(grid), stopLabels).map { figure, label in
            var figure = figure
            figure.stop = ScrubStop(legend: legend, label: label)
            return figure
        }
        guard let trained = snapshotOwner, let name = names.first?.description else { return figures }
        let history = trained.history
        var series = LineSeries(name, x: history.map { Double($0.epoch) }, y: history.map(\.loss))
        series.divergence = trained.divergence.map { Double($0.epoch) }
        // The same key as the panels: boundary panels have no clip path, so the curve's is unique.
        var curve = Figure(key: key, title: words.scrubLossTitle, xAxis: Axis(words.epochAxis), yAxis: Axis(words.lossAxis),
                           layers: [.line(series)], legend: .hidden,
                           width: grid.panelWidth, height: grid.panelHeight)
        curve.stops = trained.snapshots.map { Point(Double($0.epoch), Self.loss(atEpoch: $0.epoch, in: history)) }
        curve.description = words.fill(words.scrubLossDescription, name,
                                       NumberFormat.shortest(history.first?.loss ?? .nan, digits: 3),
                                       NumberFormat.shortest(trained.finalLoss, digits: 3))
        figures.append(RenderedFigure(key: key, title: curve.title, description: curve.description,
                                      svg: curve.svg(includingStyle: false),
                                      stop: ScrubStop(legend: legend, label: nil)))
        return figures
    }

    /// The recorded loss at `epoch`, or the straight line between the records around it (the
    /// curve as drawn); NaN past the last record.
    static func loss(atEpoch epoch: Int, in history: [LossRecord]) -> Double {
        guard let after = history.firstIndex(where: { $0.epoch >= epoch }) else { return .nan }
        let right = history[after]
        guard right.epoch != epoch, after > 0 else { return right.loss }
        let left = history[after - 1]
        let t = Double(epoch - left.epoch) / Double(right.epoch - left.epoch)
        return left.loss + t * (right.loss - left.loss)
    }
}
