import NeuralNet
import NotebookLanguage

// The epochs a training keeps snapshots at: a log-spaced count needs NeuralNet's `exp` and `log`
// (the same bits on every machine), which the language does not import.
extension TrainSpec {
    /// Epochs after which a copy of the network is kept (`snapshots=`), sorted, each once.
    var snapshots: [Int] {
        switch snapshotPlan {
        case .epochs(let epochs): return epochs
        case .logSpaced(let count): return Self.logSpacedEpochs(count: count, epochs: epochs)
        }
    }

    /// `snapshots=N`: epoch 0, then N − 1 epochs spaced evenly on a log scale up to `epochs`,
    /// each rounded to one significant digit (the last is `epochs` itself), without repeats:
    /// 6 of 30000 are 0, 8, 60, 500, 4000, 30000.
    static func logSpacedEpochs(count: Int, epochs: Int) -> [Int] {
        guard count >= 2, epochs >= 1 else { return [0] }
        var result = [0]
        let logEpochs = Elementary.log(Double(epochs))
        for k in 1..<count {
            let exact = k == count - 1 ? epochs
                : Int(Elementary.exp(logEpochs * Double(k) / Double(count - 1)).rounded())
            var unit = 1
            while unit <= exact / 10 { unit *= 10 }
            let rounded = k == count - 1 ? epochs : min(epochs, max(1, (exact + unit / 2) / unit * unit))
            if rounded > result[result.count - 1] { result.append(rounded) }
        }
        return result
    }
}
