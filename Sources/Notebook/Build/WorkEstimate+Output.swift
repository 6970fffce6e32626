import NotebookLanguage

// How many outputs a notebook makes: loss records, datasets, plots.
extension WorkEstimate {
    /// A training that records its loss more than ``BuildLimits/maxHistory`` times, the dataset
    /// past ``BuildLimits/maxDatasets`` or the plot past ``BuildLimits/maxPlots``: each is kept,
    /// cached and rendered, so their number is bounded however cheap each one is.
    static func outputProblem(_ statement: CheckedStatement, datasets: inout Int, plots: inout Int) -> Diagnostic? {
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
}
