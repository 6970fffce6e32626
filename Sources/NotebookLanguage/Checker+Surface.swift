// surface: the loss over two weights, with gradient-descent paths.

extension Checker {
    func surface(_ reader: inout ArgumentReader) -> Outcome? {
        let location = reader.statement.location
        let networkValue = reader.positional(0, "a network")
        let network = networkValue.flatMap { resolve($0, as: [.network], &reader) }
        let onValue = reader.required("on")
        let dataset = onValue.flatMap { resolve($0, as: [.dataset], &reader) }
        let weightsValue = reader.required("weights")
        let weights = weightsValue.flatMap { surfaceWeights($0, &reader) }
        let x = reader.required("x").flatMap { range($0, "'x'", &reader) }
        let y = reader.required("y").flatMap { range($0, "'y'", &reader) }
        let startsValue = reader.required("from")
        let starts = startsValue.flatMap { value -> [[Double]]? in
            guard let rows = reader.matrix(value, "'from'") else { return nil }
            guard !rows.isEmpty, rows.count <= SurfaceSpec.maximumStarts, rows.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isFinite) }) else {
                reader.error(value, "'from' takes 1 to \(SurfaceSpec.maximumStarts) starting points of two numbers each, not \(value.text)",
                             hint: "for example: from=[[-3, -3], [0, 2]]")
                return nil
            }
            return rows
        }
        let rate = reader.required("rate").flatMap { reader.number($0, "'rate'", in: .above(0)) }
        let stepsValue = reader.required("steps")
        let steps = stepsValue.flatMap { reader.wholeNumber($0, "'steps'", in: .atLeast(1, atMost: Double(SurfaceSpec.maximumSteps))) }
        let loss = reader.optional("loss").map { reader.choice($0, "'loss'", as: LossName.self) } ?? .squared
        guard let (name, symbol) = network, let (dataName, data) = dataset, let onValue, let weights, let x, let y,
              let starts, let rate, let steps, let stepsValue, let loss else { return nil }
        if let spec = symbol.network {
            checkSizes(name, spec, dataName, data, onValue, &reader)
            let count = Self.weightCount(spec.shape.sizes)
            if let weightsValue, let largest = weights.max(), largest > count {
                reader.error(weightsValue, "'\(name)' has w1…w\(count), so there is no w\(largest)",
                             hint: "weights are numbered across the network, layer 1's matrix row by row first")
                return nil
            }
        }
        if steps * starts.count > SurfaceSpec.maximumSteps {
            reader.error(stepsValue, "\(starts.count) starts × \(steps) steps is over the limit of \(SurfaceSpec.maximumSteps) steps",
                         hint: "take fewer steps or fewer starts")
            return nil
        }
        let spec = SurfaceSpec(network: name, dataset: dataName, weights: weights, x: x, y: y, starts: starts, rate: rate,
                               steps: steps, loss: loss)
        return Outcome(command: .surface(spec), symbols: [Symbol(.surface, at: location)])
    }

    /// w1…wK of a layer shape such as 2-2-1 (the first variant of a sweep).
    static func weightCount(_ sizes: [Int]) -> Int {
        zip(sizes, sizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// `[w1, w2]`: two different weights.
    private func surfaceWeights(_ value: Value, _ reader: inout ArgumentReader) -> [Int]? {
        let hint = "name two different weights: weights=[w1, w2]"
        guard case .list(let items) = value.kind, items.count == 2 else {
            reader.error(value, "'weights' takes two weights, not \(value.text)", hint: hint)
            return nil
        }
        var numbers: [Int] = []
        for item in items {
            guard case .word(let word) = item.kind, word.first == "w", let number = Int(word.dropFirst()), number >= 1 else {
                reader.error(item, "'weights' takes weights w1…wK, not \(item.text)", hint: hint)
                return nil
            }
            numbers.append(number)
        }
        guard numbers[0] != numbers[1] else {
            reader.error(value, "'weights' names w\(numbers[0]) twice", hint: hint)
            return nil
        }
        return numbers
    }

    /// `[-4, 4]`: two finite numbers, smallest first.
    private func range(_ value: Value, _ label: String, _ reader: inout ArgumentReader) -> ClosedRange<Double>? {
        guard let bounds = reader.numbers(value, label) else { return nil }
        guard bounds.count == 2, bounds.allSatisfy(\.isFinite), bounds[0] < bounds[1] else {
            reader.error(value, "\(label) takes two finite numbers, smallest first, not \(value.text)",
                         hint: "for example: \(label.dropFirst().dropLast())=[-4, 4]")
            return nil
        }
        return bounds[0]...bounds[1]
    }
}
