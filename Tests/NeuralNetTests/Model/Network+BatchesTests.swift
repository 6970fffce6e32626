import Testing
@testable import NeuralNet

/// Forward passes a batch at a time give the bits of one pass over every sample.
@Suite struct NetworkBatchesTests {
    /// A layer of 5000 units: batches of 52 samples, so 300 samples take six batches (the last
    /// one short).
    static func wide(outputs: Int, output: Activation) throws -> Network {
        try Network(sizes: [2, 5000, outputs], activations: [.tanh, output], initializer: .scaledNormal, seed: 4)
    }

    /// Points on a spiral, labelled in turn.
    static func samples(_ count: Int, classes: Int) -> Dataset {
        let features = Matrix(rows: count, columns: 2) { i, j in
            let t = Double(i) * 0.37
            return j == 0 ? t.squareRoot() * (Double(i % 11) * 0.2 - 1) : Double(i % 7) * 0.3 - 1
        }
        return Dataset(features: features, labels: (0..<count).map { $0 % classes }, classCount: classes)
    }

    @Test func aWideLayerMakesSmallBatches() throws {
        #expect(try Self.wide(outputs: 1, output: .sigmoid).batchRows == (1 << 18) / 5000)
        #expect(try Network(sizes: [2, 3, 1], activations: [.tanh, .sigmoid], initializer: .zeros).batchRows == (1 << 18) / 3)
    }

    @Test(arguments: [(1, Activation.sigmoid, Loss.binaryCrossEntropy), (3, .softmax, .softmaxCrossEntropy),
                      (3, .sigmoid, .squaredError)])
    func batchedEvaluationIsBitForBitOnePass(outputs: Int, output: Activation, loss: Loss) throws {
        let network = try Self.wide(outputs: outputs, output: output)
        let labelled = Self.samples(300, classes: max(2, outputs))
        // One pass over all 300 samples, layer by layer.
        var x = labelled.features
        var z = x
        for layer in network.layers { (z, x) = layer.forward(x) }
        let whole = loss.value(outputs: x, netInputs: z, targets: labelled.targets(outputs: outputs))

        let (classes, batched) = network.evaluation(on: labelled, loss: loss)
        #expect(batched.bitPattern == whole.bitPattern)
        #expect(classes == Network.classes(of: x))
        #expect(network.predict(labelled.features) == classes)
        #expect(try network.loss(on: labelled, loss: loss).bitPattern == whole.bitPattern)
    }

    @Test func hiddenUnitsAreTheFirstColumnsOfTheLayer() throws {
        let network = try Self.wide(outputs: 1, output: .sigmoid)
        let data = Self.samples(130, classes: 2)
        let full = network.layers[0].forward(data.features).output
        let kept = network.activations(ofLayer: 0, for: data.features, units: 2)
        #expect(kept.rows == 130 && kept.columns == 2)
        for i in 0..<130 {
            #expect(kept[i, 0].bitPattern == full[i, 0].bitPattern && kept[i, 1].bitPattern == full[i, 1].bitPattern)
        }
        #expect(network.activations(ofLayer: 1, for: data.features, units: 2).columns == 1)
    }

    @Test func rowsOfAMatrix() {
        let matrix = Matrix([[1, 2], [3, 4], [5, 6]])
        #expect(matrix.rows(in: 1..<3) == Matrix([[3, 4], [5, 6]]))
        #expect(matrix.rows(in: 0..<0).rows == 0)
    }
}
