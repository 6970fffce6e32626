import NeuralNet
import Testing

@Suite struct NetworkGridTests {
    static let xs = (0..<37).map { -2 + 5 * Double($0) / 36 }
    static let ys = (0..<11).map { -1.5 + 0.35 * Double($0) }

    /// forward on the grid's points, one row per point, y outer.
    static func pointByPoint(_ net: Network, output: Int) -> [Double] {
        let points = Matrix(ys.flatMap { y in xs.map { x in [x, y] } })
        return net.forward(points).column(output)
    }

    /// 37 × 11 = 407 points: three full batches of 128 and a partial one.
    @Test(arguments: [Activation.tanh, .relu, .step])
    func oneHiddenLayerGivesForwardsBits(hidden: Activation) throws {
        let net = try Network(sizes: [2, 7, 2], activations: [hidden, .sigmoid], initializer: .scaledNormal, seed: 3)
        #expect(try net.gridValues(xs: Self.xs, ys: Self.ys) == Self.pointByPoint(net, output: 1))
        #expect(try net.gridValues(xs: Self.xs, ys: Self.ys, output: 0) == Self.pointByPoint(net, output: 0))
    }

    @Test func softmaxAndDeepNetworks() throws {
        let softmax = try Network(sizes: [2, 5, 3], activations: [.tanh, .softmax], initializer: .heNormal, seed: 1)
        #expect(try softmax.gridValues(xs: Self.xs, ys: Self.ys, output: 2) == Self.pointByPoint(softmax, output: 2))
        let deep = try Network(sizes: [2, 4, 4, 1], activations: [.tanh, .relu, .sigmoid], initializer: .heNormal, seed: 2)
        let values = try deep.gridValues(xs: Self.xs, ys: Self.ys)
        #expect(values == Self.pointByPoint(deep, output: 0))
        #expect(values.count == 407)
    }

    @Test func layoutIsRowByRowWithYOuter() throws {
        // one sigmoid neuron on x alone (weights 1, 0): the value depends on the column only
        let net = try Network(sizes: [2, 1], activations: [.identity], initializer: .explicit(
            weights: [Matrix([[1, 0]])], biases: [[0]]))
        let values = try net.gridValues(xs: [1, 2, 3], ys: [10, 20])
        #expect(values == [1, 2, 3, 1, 2, 3])
    }

    @Test func refusesNetworksWithoutTwoInputs() throws {
        let net = try Network(sizes: [3, 2, 1], activations: [.tanh, .sigmoid], initializer: .zeros)
        #expect(throws: NeuralNetError.featureCountMismatch(features: 2, inputs: 3)) {
            try net.gridValues(xs: [0], ys: [0])
        }
    }
}
