import NeuralNet
import NotebookLanguage

/// What `surface` computed: the loss over two weights on a grid, the descent paths from each
/// start, and the local minima inside the grid.
///
/// ```swift
/// surface.minima[0]   // [u, v, E] of the lowest minimum
/// surface.ends[1]     // [u, v, E] where the second descent ended
/// ```
struct ErrorSurface: Hashable, Sendable {
    /// The two weights' names: "w1", "w2".
    var names: [String]
    var x: ClosedRange<Double>
    var y: ClosedRange<Double>
    var columns: Int
    var rows: Int
    /// E row by row from the lowest y.
    var values: [Double]
    /// Each descent's points (u, v), its start first.
    var paths: [[[Double]]]
    /// [u, v, E] of each local minimum inside the grid, lowest E first.
    var minima: [[Double]]
    /// [u, v, E] where each descent ended.
    var ends: [[Double]]
}

extension ErrorSurface {
    /// Runs the descents and evaluates the grid.
    init(_ surface: LossSurface, spec: SurfaceSpec) {
        let n = spec.resolution
        values = surface.values(x: spec.x, y: spec.y, columns: n, rows: n)
        (names, x, y, columns, rows) = (spec.weights.map { "w\($0)" }, spec.x, spec.y, n, n)
        paths = spec.starts.map { start in
            surface.descent(from: (start[0], start[1]), rate: spec.rate, steps: spec.steps).map { [$0.0, $0.1] }
        }
        ends = paths.compactMap(\.last).map { [$0[0], $0[1], surface.value($0[0], $0[1])] }
        minima = surface.minima(x: spec.x, y: spec.y, columns: n, rows: n, grid: values, rate: spec.rate)
            .map { [$0.0, $0.1, surface.value($0.0, $0.1)] }
    }
}

// Doubles as IEEE bit patterns, like every cached value: exact, and NaN survives.
extension ErrorSurface: Codable {
    private enum CodingKeys: String, CodingKey { case names, bounds, columns, rows, values, paths, minima, ends }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let bits = { (values: [Double]) in values.map(\.bitPattern) }
        try container.encode(names, forKey: .names)
        try container.encode(bits([x.lowerBound, x.upperBound, y.lowerBound, y.upperBound]), forKey: .bounds)
        try container.encode(columns, forKey: .columns)
        try container.encode(rows, forKey: .rows)
        try container.encode(bits(values), forKey: .values)
        try container.encode(paths.map { $0.map(bits) }, forKey: .paths)
        try container.encode(minima.map(bits), forKey: .minima)
        try container.encode(ends.map(bits), forKey: .ends)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let doubles = { (bits: [UInt64]) in bits.map(Double.init(bitPattern:)) }
        names = try container.decode([String].self, forKey: .names)
        let bounds = doubles(try container.decode([UInt64].self, forKey: .bounds))
        guard bounds.count == 4, bounds[0] <= bounds[1], bounds[2] <= bounds[3] else {
            throw DecodingError.dataCorruptedError(forKey: .bounds, in: container, debugDescription: "surface bounds")
        }
        (x, y) = (bounds[0]...bounds[1], bounds[2]...bounds[3])
        columns = try container.decode(Int.self, forKey: .columns)
        rows = try container.decode(Int.self, forKey: .rows)
        values = doubles(try container.decode([UInt64].self, forKey: .values))
        paths = try container.decode([[[UInt64]]].self, forKey: .paths).map { $0.map(doubles) }
        minima = try container.decode([[UInt64]].self, forKey: .minima).map(doubles)
        ends = try container.decode([[UInt64]].self, forKey: .ends).map(doubles)
    }
}
