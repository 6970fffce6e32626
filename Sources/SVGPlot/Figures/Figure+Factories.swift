import Foundation

/// Ready-made figures for the plots a notebook draws most.
extension Figure {
    /// Loss curves of several runs against iterations, on a logarithmic y axis by default.
    ///
    /// ```swift
    /// let figure = Figure.lossCurves([("h = 2", loss2), ("h = 4", loss4)], title: "Training loss", xStep: 100)
    /// figure.summary   // "h = 2 falls from 0.69 to 0.31 …; over 30000 iterations."
    /// ```
    /// - Parameters:
    ///   - runs: each run's legend label and its recorded losses, in order.
    ///   - title: the figure's title (none when empty).
    ///   - logarithmic: whether the loss axis is logarithmic.
    ///   - xStep: iterations between recorded values.
    ///   - key: makes the figure's SVG ids unique in a page.
    public static func lossCurves(
        _ runs: [(label: String, losses: [Double])], title: String = "", logarithmic: Bool = true,
        xStep: Double = 1, key: String = "loss"
    ) -> Figure {
        let series = runs.map { LineSeries($0.label, values: $0.losses, xStep: xStep) }
        var figure = Figure(
            key: key, title: title, xAxis: Axis("iteration"),
            yAxis: Axis("loss", scale: logarithmic ? .logarithmic : .linear), layers: series.map(PlotLayer.line))
        let iterations = series.map { Double(max(0, $0.points.count - 1)) * xStep }.max() ?? 0
        let parts = series.prefix(6).map { $0.summary(byEnds: true).replacingFirst("the curve", with: "loss") }
        figure.description = parts.joined(separator: "; ") + (runs.count > 6 ? "; and \(runs.count - 6) more runs" : "")
            + " over \(NumberFormat.significant(iterations, 6)) iterations."
        figure.description = figure.description.prefix(1).uppercased() + figure.description.dropFirst()
        return figure
    }

    /// Curves of functions (activations and their derivatives, say), on linear axes.
    ///
    /// ```swift
    /// let figure = Figure.functions([
    ///     .sampling("tanh", over: -5...5) { tanh($0) },
    ///     .sampling("tanh′", over: -5...5, isDashed: true) { 1 - tanh($0) * tanh($0) },
    /// ], title: "tanh")
    /// ```
    public static func functions(_ curves: [LineSeries], title: String = "", key: String = "functions") -> Figure {
        Figure(key: key, title: title, xAxis: Axis("x"), layers: curves.map(PlotLayer.line), legend: .topLeft)
    }

    /// Points coloured and shaped by class.
    public static func scatter(_ points: Scatter, title: String = "", key: String = "scatter") -> Figure {
        Figure(key: key, title: title, xAxis: Axis("x₁"), yAxis: Axis("x₂"), layers: [.scatter(points)])
    }

    /// Decision regions of a model with the data on top.
    ///
    /// ```swift
    /// let field = Grid(x: -2...3, y: -1.5...2, columns: 97, rows: 68) { x, y in model(x, y) }
    /// let figure = Figure.decisionRegions(DecisionRegions(field, valueRange: 0...1), points: data, title: "h = 4")
    /// ```
    public static func decisionRegions(
        _ regions: DecisionRegions, points: Scatter? = nil, title: String = "", key: String = "regions"
    ) -> Figure {
        var layers: [PlotLayer] = [.regions(regions)]
        if let points { layers.append(.scatter(points)) }
        return Figure(
            key: key, title: title, xAxis: Axis("x₁", range: regions.grid.x), yAxis: Axis("x₂", range: regions.grid.y),
            layers: layers, legend: .hidden)
    }
}

extension Figure {
    /// A heat map of a grid (hidden-unit activations, say), with a colour per value band.
    ///
    /// ```swift
    /// let activations = Grid(columns: 60, rows: 4, values: flat, x: 1...60, y: 1...4)
    /// let figure = Figure.heatMap(HeatMap(activations, valueRange: -1...1, colorMap: .spectral),
    ///                             title: "Hidden units", xTitle: "sample", yTitle: "unit")
    /// ```
    public static func heatMap(
        _ map: HeatMap, title: String = "", xTitle: String = "", yTitle: String = "", key: String = "heat"
    ) -> Figure {
        Figure(key: key, title: title, xAxis: Axis(xTitle), yAxis: Axis(yTitle), layers: [.heatMap(map)])
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
