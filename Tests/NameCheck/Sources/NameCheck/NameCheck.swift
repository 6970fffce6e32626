import NeuralNet
@testable import Notebook
import NotebookLanguage
import SVGPlot

// Every name below is written unqualified. Each annotation also states which module's type it
// must be, so the check fails if a name became ambiguous or came to mean another module's type.

/// One hidden layer of NeuralNet, its loss, optimizer and initializer.
public func neuralNetNames() -> (NeuralNet.Layer, NeuralNet.Loss, NeuralNet.Optimizer, NeuralNet.Initializer) {
    let activation: Activation = .leakyReLU(slope: 0.01)
    let layer: Layer = Layer(weights: Matrix(rows: 1, columns: 2, values: [0.5, -0.5]), biases: [0],
                             activation: activation)
    let loss: Loss = .binaryCrossEntropy
    let optimizer: Optimizer = .momentum(0.9)
    let initializer: Initializer = .xavierUniform
    return (layer, loss, optimizer, initializer)
}

/// SVGPlot's grid of values, and its layers under their own name.
public func plotNames() -> (SVGPlot.Grid, [SVGPlot.PlotLayer]) {
    let grid: Grid = Grid(columns: 2, rows: 2, values: [0, 1, 1, 0], x: 0...1, y: 0...1)
    let layers: [PlotLayer] = []
    return (grid, layers)
}

/// The notebook language's words, which collide with none of the above.
public func languageNames() -> (NotebookLanguage.ActivationName, NotebookLanguage.LossName, NotebookLanguage.PanelGrid) {
    (ActivationName.tanh, LossName.crossEntropy, PanelGrid(rows: 1, columns: 3))
}
