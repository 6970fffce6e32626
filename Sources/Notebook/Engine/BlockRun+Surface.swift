import Foundation

import NeuralNet
import NotebookLanguage
import SVGPlot

// surface and plot surface: the loss over two weights, descended.

extension BlockRun {
    /// Evaluates the grid, runs every descent and finds the minima in view.
    mutating func surface(_ spec: SurfaceSpec, at location: SourceLocation) throws(RunFailure) -> SessionValue {
        let network = try networks(Subject(spec.network))[0].network
        let data = try dataset(spec.dataset)
        do throws(NeuralNetError) {
            let surface = try LossSurface(network: network, data: data, loss: spec.loss.neuralNet,
                                          first: spec.weights[0], second: spec.weights[1])
            return .surface(ErrorSurface(surface, spec: spec))
        } catch {
            throw .error(at: location, error.description)
        }
    }

    /// Filled contours of E (darker is lower), each descent path with its end marked, and the
    /// minima as points.
    func surfaceFigure(_ name: String, title: String?, labels: AxisLabels, key: String) throws(RunFailure) -> RenderedFigure {
        guard case .surface(let surface) = try value(of: name) else { throw .skipped }
        let grid = SVGPlot.Grid(columns: surface.columns, rows: surface.rows, values: surface.values, x: surface.x, y: surface.y)
        // Shaded by log(E − E_min + 1 % of the span), so the valleys around the minima show
        // bands of their own instead of one dark plateau.
        let low = grid.finiteRange?.lowerBound ?? 0, span = max(1e-300, (grid.finiteRange?.upperBound ?? 1) - low)
        let shading = SVGPlot.Grid(columns: surface.columns, rows: surface.rows,
                                   values: surface.values.map { Foundation.log($0 - low + span / 100) }, x: surface.x, y: surface.y)
        let lowDark = ColorMap(stops: ColorMap.blues.stops.reversed())
        var layers: [PlotLayer] = [.heatMap(HeatMap(shading, levels: 8, colorMap: lowDark, style: .bands))]
        let f = { (value: Double) in NumberFormat.shortest(value, digits: 3) }
        // Warm colours only: the palette's blue would vanish into the blue contours.
        let warm = [0, 3, 6, 2, 4].map(Palette.color)
        for (k, path) in surface.paths.enumerated() {
            guard let start = path.first else { continue }
            layers.append(.line(LineSeries(words.fill(words.surfacePath, f(start[0]), f(start[1])),
                                           points: path.map { Point($0[0], $0[1]) }, color: warm[k % warm.count])))
        }
        if !surface.minima.isEmpty {
            // Class 2's marker, unlike the paths' end markers (classes 0 and 1).
            layers.append(.scatter(Scatter(points: surface.minima.map { Point($0[0], $0[1]) },
                                           classes: surface.minima.map { _ in 2 }, classNames: ["", "", words.surfaceMinimum])))
        }
        let (u, v) = (surface.names[0], surface.names[1])
        var figure = Figure(key: key, title: title ?? words.fill(words.surfaceTitle, name, u, v),
                            xAxis: Axis(labels.x ?? u, range: surface.x), yAxis: Axis(labels.y ?? v, range: surface.y),
                            layers: layers, legend: .hidden, width: Double(figureSize.width), height: Double(figureSize.height))
        let range = grid.finiteRange
        figure.description = words.fill(words.surfaceDescription, name, u, v, range.map { f($0.lowerBound) } ?? "–",
                                        range.map { f($0.upperBound) } ?? "–", String(surface.paths.count),
                                        String(surface.minima.count))
        return RenderedFigure(key: key, title: figure.title, description: figure.description, svg: figure.svg(includingStyle: false))
    }

    /// The minima and the descents' ends, one row each: u, v and E.
    func surfaceTable(_ surface: ErrorSurface, name: String) -> DataTable {
        var table = DataTable(caption: words.fill(words.surfaceCaption, name),
                              columns: [words.surfacePoint] + surface.names + ["E"])
        for (k, minimum) in surface.minima.enumerated() {
            table.rows.append([.label(words.fill(words.surfaceMinimumNumber, String(k + 1)))] + minimum.map { .number($0) })
        }
        for (path, end) in zip(surface.paths, surface.ends) {
            let start = path[0].map { NumberFormat.shortest($0, digits: 3) }
            table.rows.append([.label(words.fill(words.surfacePath, start[0], start[1]))] + end.map { .number($0) })
        }
        return table
    }
}
