import NeuralNet
import NotebookLanguage
import SVGPlot

/// Curves of activation functions over a range, with their derivatives in a second panel when
/// asked. Softmax is drawn as the first of two outputs with net inputs (x, 0), which is σ(x).
///
/// ```swift
/// ActivationFigure(activations: [.sigmoid, .tanh], derivatives: true, range: -5...5)
///     .figures(title: nil, key: "b2-1", size: FigureSize(width: 416, height: 312)) { $0 }
/// ```
struct ActivationFigure {
    var activations: [ActivationName]
    var derivatives: Bool
    var range: ClosedRange<Double>
    var words: InterfaceWords = .english
    var labels = AxisLabels()

    private func function(_ activation: ActivationName) -> (value: (Double) -> Double, derivative: (Double) -> Double) {
        let f = activation == .softmax ? NeuralNet.Activation.sigmoid : activation.neuralNet(leak: 0.01)
        return ({ f.value($0) }, { f.derivative(at: $0, output: f.value($0)) })
    }

    private func label(_ activation: ActivationName) -> String {
        activation == .softmax ? words.softmaxOfXAndZero : activation.rawValue
    }

    /// The author's axis titles, where given.
    private func labelled(_ figure: inout Figure) {
        if let x = labels.x { figure.xAxis.title = x }
        if let y = labels.y { figure.yAxis.title = y }
    }

    /// - Parameter grid: sizes the two panels when derivatives are drawn.
    func figures(title: String?, key: String, size: FigureSize, grid sized: (FigureGrid) -> FigureGrid) -> [RenderedFigure] {
        let values = activations.map { activation in
            let value = function(activation).value
            return Self.brokenAtJumps(LineSeries.sampling(label(activation), over: range) { value($0) })
        }
        let slopes = activations.map { activation in
            let slope = function(activation).derivative
            return Self.brokenAtJumps(LineSeries.sampling(label(activation) + "′", over: range, isDashed: true) { slope($0) })
        }
        let description = describe(words.activations, values)
            + (derivatives ? words.sentenceGap + describe(words.derivatives, slopes) : "")
        var valuePanel = Figure.functions(values, title: title ?? "", key: key)
        valuePanel.yAxis.range = valueRange
        labelled(&valuePanel)
        if words != .english {
            let x = valuePanel.xAxis.title.isEmpty ? "x" : valuePanel.xAxis.title
            let y = valuePanel.yAxis.title.isEmpty ? "y" : valuePanel.yAxis.title
            valuePanel.untitledText = words.fill(words.axesTitle, y, x) + words.titleSeparator
                + values.map(\.label).joined(separator: words.listSeparator)
        }
        guard derivatives else {
            var figure = valuePanel
            figure.width = Double(size.width)
            figure.height = Double(size.height)
            figure.description = description
            return [RenderedFigure(key: key, title: figure.title, description: description, svg: figure.svg(includingStyle: false))]
        }
        let grid = sized(FigureGrid(key: key, title: title ?? "", description: description, columns: 2, panels: [
            { var panel = valuePanel; panel.title = "f(x)"; panel.description = describe(words.activations, values); return panel }(),
            { var panel = Figure.functions(slopes, title: "f′(x)", key: key); labelled(&panel); panel.description = describe(words.derivatives, slopes); return panel }(),
        ]))
        return BlockRun.panelFigures(grid)
    }

    /// A function that jumps (step, the derivatives of step and relu) drawn in pieces: no
    /// vertical connector where it is not continuous. A jump is a step between neighbouring
    /// samples larger than a quarter of the curve's whole range; smooth activations sampled 201
    /// times never come close.
    static func brokenAtJumps(_ series: LineSeries) -> LineSeries {
        let ys = series.points.map(\.y).filter(\.isFinite)
        guard let low = ys.min(), let high = ys.max(), high > low else { return series }
        var points: [Point] = []
        for point in series.points {
            if let last = points.last, abs(point.y - last.y) > 0.25 * (high - low) {
                points.append(Point((last.x + point.x) / 2, .nan))
            }
            points.append(point)
        }
        var broken = series
        broken.points = points
        return broken
    }

    /// The value panel's y range: the bounded functions' (−1…1 or 0…1) with room above, when
    /// an unbounded one (relu, identity) would otherwise squash them; it is then clipped.
    private var valueRange: ClosedRange<Double>? {
        let unbounded: Set<ActivationName> = [.relu, .leakyReLU, .identity]
        guard activations.contains(where: unbounded.contains), activations.contains(where: { !unbounded.contains($0) })
        else { return nil }
        let lower = activations.contains(.tanh) ? -1.25 : -0.25
        return lower...2
    }

    /// "Activations over x from −5 to 5: sigmoid from 0.0067 to 0.99; tanh from −1 to 1."
    private func describe(_ what: String, _ series: [LineSeries]) -> String {
        let f = { NumberFormat.shortest($0, digits: 3) }
        return words.fill(words.functionsDescription, what, f(range.lowerBound), f(range.upperBound), series.map { line in
            let ys = line.points.map(\.y).filter(\.isFinite)
            return words.fill(words.curveRange, line.label, f(ys.min() ?? .nan), f(ys.max() ?? .nan))
        }.joined(separator: words.groupSeparator))
    }
}
