import NotebookLanguage
import SVGPlot

// What each member of a sweep is called in tables, legends, panel titles and scrubbers: the
// value that varies, as the author wrote it (`h = 4`, `rate = 0.1`, `seed = 3`, `batch = 16`,
// `adam`, `xavier`; words of the language are their own labels).

extension NetworkSpec {
    /// One label per member; nil when the spec is not a sweep.
    var memberLabels: [String]? {
        if let sweep = shape.sweep { return sweep.sizes.map { "h = \($0)" } }
        switch sweep {
        case .seed(let seeds)?: return seeds.map { "seed = \($0)" }
        case .initializer(let initializers)?: return initializers.map(\.rawValue)
        case nil: return nil
        }
    }
}

extension TrainSpec {
    /// One label per member; nil when the spec is not a sweep.
    var memberLabels: [String]? {
        switch sweep {
        case .rate(let rates)?: return rates.map { "rate = \(NumberFormat.written($0))" }
        case .optimizer(let optimizers)?: return optimizers.map(\.rawValue)
        case .batch(let batches)?: return batches.map { batch in
            switch batch {
            case .full: "batch = full"
            case .size(let size): "batch = \(size)"
            }
        }
        case .seed(let seeds)?: return seeds.map { "seed = \($0)" }
        case nil: return nil
        }
    }
}
