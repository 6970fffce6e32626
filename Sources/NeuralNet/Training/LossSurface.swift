/// The loss of a network on a dataset as a function of two of its weights, the others held:
/// E(u, v) with w`first` = u and w`second` = v. Gradient descent in those two weights follows
/// ∂E/∂u and ∂E/∂v from back-propagation.
///
/// ```swift
/// let surface = try LossSurface(network: net, data: points, loss: .squaredError, first: 1, second: 2)
/// surface.value(0.5, -1)                                       // E at w1 = 0.5, w2 = −1
/// surface.descent(from: (-4, -4), rate: 2, steps: 2000).last   // where descent ends
/// ```
public struct LossSurface: Sendable {
    public let network: Network
    public let data: Dataset
    public let loss: Loss
    /// The two weights' numbers in the flat numbering w1…wK.
    public let first: Int
    public let second: Int
    private let inputs: Matrix
    private let targets: Matrix

    /// Throws if a weight does not exist, the two are the same, or the network cannot be trained
    /// on the data with `loss`.
    public init(network: Network, data: Dataset, loss: Loss, first: Int, second: Int) throws(NeuralNetError) {
        _ = try network.weightLocation(first)
        _ = try network.weightLocation(second)
        guard first != second else {
            throw .invalidSetting(name: "the second weight", value: Double(second), rule: "another weight than the first")
        }
        try network.checkTrainable(with: loss)
        try network.checkFits(data)
        (self.network, self.data, self.loss, self.first, self.second) = (network, data, loss, first, second)
        inputs = data.features
        targets = data.targets(outputs: network.outputCount)
    }

    /// The network with w`first` = u and w`second` = v.
    public func network(_ u: Double, _ v: Double) -> Network {
        var moved = network
        // Both numbers were checked in `init`.
        try? moved.setWeight(first, to: u)
        try? moved.setWeight(second, to: v)
        return moved
    }

    /// E(u, v) on the whole dataset.
    public func value(_ u: Double, _ v: Double) -> Double {
        network(u, v).evaluation(on: data, loss: loss).loss
    }

    /// (∂E/∂u, ∂E/∂v) by back-propagation.
    public func gradient(_ u: Double, _ v: Double) -> (Double, Double) {
        let moved = network(u, v)
        guard let g = try? moved.gradients(inputs: inputs, targets: targets, loss: loss),
              let a = try? network.weightLocation(first), let b = try? network.weightLocation(second) else {
            return (.nan, .nan)
        }
        return (g.weights[a.layer][a.row, a.column], g.weights[b.layer][b.row, b.column])
    }

    /// The points gradient descent visits from `start`: (u, v) ← (u, v) − η·∇E, `steps` times
    /// (the start first, so `steps + 1` points). Stops early at a non-finite point.
    public func descent(from start: (Double, Double), rate: Double, steps: Int) -> [(Double, Double)] {
        var path = [start]
        path.reserveCapacity(steps + 1)
        var (u, v) = start
        for _ in 0..<steps {
            let (gu, gv) = gradient(u, v)
            // u′ = u − η·∂E/∂u,  v′ = v − η·∂E/∂v
            u -= rate * gu
            v -= rate * gv
            guard u.isFinite && v.isFinite else { break }
            path.append((u, v))
        }
        return path
    }

    /// E on a grid of `columns` × `rows` points spanning `x` (u) and `y` (v), row by row from
    /// the lowest v.
    public func values(x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int) -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(columns * rows)
        for r in 0..<rows {
            let v = y.lowerBound + (y.upperBound - y.lowerBound) * Double(r) / Double(max(1, rows - 1))
            for c in 0..<columns {
                let u = x.lowerBound + (x.upperBound - x.lowerBound) * Double(c) / Double(max(1, columns - 1))
                values.append(value(u, v))
            }
        }
        return values
    }

    /// The local minima of E inside the grid: grid points lower than their eight neighbours,
    /// each refined by descent (rate `rate`) until its step is below 1e-12 or after `maxSteps`,
    /// ordered by E, lowest first. Refined points that meet are one minimum; at most
    /// `maxMinima` grid minima are refined (the first in row order).
    public func minima(x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int, grid values: [Double],
                       rate: Double, maxSteps: Int = 100_000, maxMinima: Int = 8) -> [(Double, Double)] {
        var refined = 0
        var found: [(Double, Double)] = []
        guard columns >= 3, rows >= 3, values.count == columns * rows else { return [] }
        for r in 1..<(rows - 1) {
            for c in 1..<(columns - 1) {
                let e = values[r * columns + c]
                guard e.isFinite else { continue }
                var isLowest = true
                for dr in -1...1 {
                    for dc in -1...1 where dr != 0 || dc != 0 {
                        let other = values[(r + dr) * columns + c + dc]
                        if !(e < other) { isLowest = false }
                    }
                }
                guard isLowest, refined < maxMinima else { continue }
                refined += 1
                var u = x.lowerBound + (x.upperBound - x.lowerBound) * Double(c) / Double(columns - 1)
                var v = y.lowerBound + (y.upperBound - y.lowerBound) * Double(r) / Double(rows - 1)
                for _ in 0..<maxSteps {
                    let (gu, gv) = gradient(u, v)
                    let (du, dv) = (rate * gu, rate * gv)
                    guard du.isFinite, dv.isFinite else { break }
                    (u, v) = (u - du, v - dv)
                    if abs(du) < 1e-12 && abs(dv) < 1e-12 { break }
                }
                let cell = min((x.upperBound - x.lowerBound) / Double(columns - 1), (y.upperBound - y.lowerBound) / Double(rows - 1))
                if !found.contains(where: { abs($0.0 - u) < cell && abs($0.1 - v) < cell }) { found.append((u, v)) }
            }
        }
        return found.sorted { value($0.0, $0.1) < value($1.0, $1.1) }
    }
}
