import Foundation
import NeuralNet
import Testing

@Suite struct LossTests {
    /// The textbook −(1/m) Σ (t·log o + (1 − t)·log(1 − o)), summed in the same order, with the
    /// library's own log.
    static func naiveBCE(_ o: Matrix, _ t: Matrix) -> Double {
        var sum = 0.0
        for k in o.values.indices {
            let (ok, tk) = (o.values[k], t.values[k])
            sum += -(tk * Elementary.log(ok) + (1 - tk) * Elementary.log(1 - ok))
        }
        return sum / Double(o.rows)
    }

    static func sigmoid(_ z: Matrix) -> Matrix {
        var o = z
        Activation.sigmoid.apply(to: z, into: &o)
        return o
    }

    @Test func squaredErrorAveragesOverSamples() {
        let o = Matrix([[0.75, 0.77], [0.5, 0.5]]), t = Matrix([[0.01, 0.99], [0, 1]])
        let first = 0.5 * 0.74 * 0.74 + 0.5 * 0.22 * 0.22, second = 0.5 * 0.25 + 0.5 * 0.25
        #expect(abs(Loss.squaredError.value(outputs: o, netInputs: o, targets: t) - (first + second) / 2) < 1e-15)
    }

    @Test func stableCrossEntropyEqualsTheTextbookWhereFinite() {
        let z = Matrix([[-30, -2], [-0.1, 0], [0.7, 5], [20, 36]])
        let t = Matrix([[0, 1], [1, 0], [0, 1], [1, 1]])
        let o = Self.sigmoid(z)
        let naive = Self.naiveBCE(o, t)
        #expect(naive.isFinite)
        #expect(Loss.binaryCrossEntropy.value(outputs: o, netInputs: z, targets: t) == naive)
    }

    @Test func stableCrossEntropyStaysFiniteWhereTheTextbookIsNaN() {
        // σ(40) rounds to exactly 1 and σ(−800) to exactly 0: the textbook gives 0·(−∞) = NaN.
        let z = Matrix([[40], [-800], [38]]), t = Matrix([[1], [0], [0]])
        let o = Self.sigmoid(z)
        #expect(o.values[0] == 1 && o.values[1] == 0)
        #expect(Self.naiveBCE(o, t).isNaN)
        let stable = Loss.binaryCrossEntropy.value(outputs: o, netInputs: z, targets: t)
        // terms: softplus(−40) ≈ e^−40, softplus(−800) ≈ 0, softplus(38) ≈ 38 + e^−38
        let expected = (Foundation.exp(-40.0) + 0 + 38 + Foundation.exp(-38.0)) / 3
        #expect(abs(stable - expected) < 1e-14)
    }

    @Test func softmaxCrossEntropy() {
        let z = Matrix([[1, 2, 3], [0, 0, 2000]]), t = Matrix([[0, 0, 1], [1, 0, 0]])
        var o = z
        Activation.softmax.apply(to: z, into: &o)
        let first = -Foundation.log(o[0, 2])
        // o[1, 0] rounds to 0, yet −log o = 2000 exactly from the net inputs
        #expect(o[1, 0] == 0)
        let value = Loss.softmaxCrossEntropy.value(outputs: o, netInputs: z, targets: t)
        #expect(abs(value - (first + 2000) / 2) < 1e-12)
    }

    @Test func outputDeltaIsOutputMinusTargetOverM() {
        let z = Matrix([[0.3], [-1.2]]), t = Matrix([[1], [0]])
        let o = Self.sigmoid(z)
        var delta = Matrix(rows: 2, columns: 1)
        Loss.binaryCrossEntropy.outputDelta(outputs: o, netInputs: z, targets: t, activation: .sigmoid, into: &delta)
        #expect(delta.values == [(o.values[0] - 1) / 2, (o.values[1] - 0) / 2])
        Loss.squaredError.outputDelta(outputs: o, netInputs: z, targets: t, activation: .sigmoid, into: &delta)
        #expect(abs(delta.values[0] - (o.values[0] - 1) / 2 * o.values[0] * (1 - o.values[0])) < 1e-17)
    }

    @Test func pairingsWithOutputActivations() throws {
        try Loss.binaryCrossEntropy.checkCompatible(withOutput: .sigmoid)
        try Loss.softmaxCrossEntropy.checkCompatible(withOutput: .softmax)
        try Loss.squaredError.checkCompatible(withOutput: .identity)
        #expect(throws: NeuralNetError.lossNeedsOutput(loss: .squaredError, output: .softmax)) {
            try Loss.squaredError.checkCompatible(withOutput: .softmax)
        }
        #expect(throws: NeuralNetError.lossNeedsOutput(loss: .softmaxCrossEntropy, output: .sigmoid)) {
            try Loss.softmaxCrossEntropy.checkCompatible(withOutput: .sigmoid)
        }
    }
}
