import NeuralNet
import NotebookLanguage

// The memory a notebook needs: what its values keep, and what its largest statement needs while it
// runs, estimated from the same sample counts and shapes as the work.
extension WorkEstimate {
    /// Bytes a statement's values keep (datasets, networks, trained models and their history)
    /// and bytes it needs only while it runs (training's activations, gradients and moments; a
    /// forward pass's batches), with a formula for messages.
    mutating func memory(of statement: CheckedStatement) -> (retained: Int, transient: Int, formula: String) {
        let name = statement.defines.first ?? ""
        let double = MemoryLayout<Double>.size
        switch statement.command {
        case .moons, .circles, .playground, .blobs, .csv:
            let count = samples[name] ?? 0
            switch statement.command {
            case .blobs(let spec): features[name] = spec.centers.first?.count ?? 2
            case .csv(let spec): features[name] = dataColumns(spec.path)
            default: features[name] = 2
            }
            let bytes = Self.multiply(count, Self.add(features[name] ?? 2, 1), double)
            return (bytes, 0, "\(count) samples × \(features[name] ?? 2) features")
        case .split(let spec):
            let width = features[spec.dataset] ?? 2
            for part in statement.defines { features[part] = width }
            let count = samples[spec.dataset] ?? 0
            return (Self.multiply(count, width + 1, double), 0, "\(count) samples × \(width) features")
        case .network(let spec):
            shapes[name] = spec.members.map(\.shape.sizes)
            let all = (parameters[name] ?? []).reduce(0, Self.add)
            return (Self.multiply(all, double, 1), 0, "\(all) parameters")
        case .train(let spec):
            // A network sweep, or one network per member of the training's sweep (never both).
            let runs = Self.members(spec.network, of: shapes).flatMap { shape in spec.members.map { (shape, $0) } }
            shapes[name] = runs.map(\.0)
            let count = samples[spec.dataset] ?? 0
            let records = Self.add(spec.epochs / max(1, spec.record), 2)
            var kept = 0
            var working = 0
            var largestBatch = 0
            for (shape, member) in runs {
                let batch: Int
                switch member.batch {
                case .full: batch = count
                case .size(let size): batch = min(size, count)
                }
                largestBatch = max(largestBatch, batch)
                let weights = Self.parameterCount(shape)
                // the trained weights and the loss history stay; the net inputs, outputs and deltas
                // of every layer for a batch, the gradients and the optimizer's moments do not
                // (snapshots: one more copy of the weights each)
                let copies = 1 + spec.snapshots.count
                kept = Self.add(kept, Self.add(Self.multiply(weights, copies * double, 1),
                                               Self.multiply(records, 2 * double, 1)))
                let units = shape.reduce(0, Self.add)
                working = Self.add(working, Self.add(Self.multiply(batch, units, 3 * double), Self.multiply(weights, 3 * double, 1)))
            }
            let units = runs.map { $0.0.reduce(0, Self.add) }.max() ?? 0
            let over = runs.count > 1 ? ", over \(runs.count) networks" : ""
            return (kept, working, "batches of \(largestBatch) samples × \(units) units\(over)")
        case .trainOnSample(let spec):
            shapes[name] = Self.members(spec.network, of: shapes)
            return (0, 0, "")
        case .evaluate(let spec):
            return (0, forwardMemory(samples[spec.dataset] ?? 0), "one forward pass")
        case .table(let spec):
            let largest = spec.entries.map { samples[$0.dataset] ?? 0 }.max() ?? 0
            return (0, forwardMemory(largest), "one forward pass")
        case .plot(let spec):
            switch spec.kind {
            case .hidden(_, let dataset, _), .boundary(_, let dataset, _):
                return (0, forwardMemory(samples[dataset] ?? 0), "one forward pass")
            default:
                break
            }
            return (0, 0, "")
        default:
            return (0, 0, "")
        }
    }

    /// A forward pass in batches: two batches of activations, and a class and two numbers kept
    /// per sample.
    func forwardMemory(_ samples: Int) -> Int {
        Self.add(Self.multiply(Network.batchValues, 4 * MemoryLayout<Double>.size, 1), Self.multiply(samples, 24, 1))
    }

    /// Bytes as whole megabytes (10⁶ bytes), rounded up.
    static func megabytes(_ bytes: Int) -> Int {
        bytes / 1_000_000 + (bytes % 1_000_000 == 0 ? 0 : 1)
    }

    /// Columns of a CSV file's header less the label column (2 when it cannot be read).
    func dataColumns(_ path: String) -> Int {
        guard let text = try? NotebookFolder(folder).read(path),
              let header = text.split(whereSeparator: \.isNewline).first else { return 2 }
        return max(1, header.split(separator: ",").count - 1)
    }
}
