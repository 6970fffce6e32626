import NeuralNet
import Testing

@Suite struct ActivationTests {
    @Test func values() {
        #expect(Activation.identity.value(-1.5) == -1.5)
        #expect(Activation.step.value(-0.1) == 0)
        #expect(Activation.step.value(0) == 1)
        #expect(Activation.sigmoid.value(0) == 0.5)
        #expect(abs(Activation.sigmoid.value(1) - 0.7310585786300049) < 1e-15)
        #expect(abs(Activation.tanh.value(0.5) - 0.46211715726000974) < 1e-15)
        #expect(Activation.relu.value(-3) == 0)
        #expect(Activation.relu.value(3) == 3)
        #expect(Activation.leakyReLU(slope: 0.01).value(-2) == -0.02)
    }

    /// Each trainable elementwise derivative against a central difference of its value.
    @Test(arguments: [Activation.identity, .sigmoid, .tanh, .relu, .leakyReLU(slope: 0.2)],
          [-2.5, -0.3, 0.4, 1.7])
    func derivativeMatchesDifferenceQuotient(activation: Activation, z: Double) {
        let h = 1e-6
        let numeric = (activation.value(z + h) - activation.value(z - h)) / (2 * h)
        let analytic = activation.derivative(at: z, output: activation.value(z))
        #expect(abs(numeric - analytic) < 1e-8)
    }

    @Test func stepIsUntrainable() {
        #expect(!Activation.step.isTrainable)
        #expect(Activation.step.derivative(at: 0.3, output: 1) == 0)
        #expect(Activation.sigmoid.isTrainable && Activation.softmax.isTrainable)
    }

    @Test func softmaxRowsSumToOneWithoutOverflow() {
        let z = Matrix([[1, 2, 3], [1000, 1000, 999]])
        var o = Matrix(rows: 2, columns: 3)
        Activation.softmax.apply(to: z, into: &o)
        // e^k / (e + e² + e³)
        let e = [2.718281828459045, 7.38905609893065, 20.085536923187668]
        let sum = e.reduce(0, +)
        for j in 0..<3 { #expect(abs(o[0, j] - e[j] / sum) < 1e-15) }
        #expect(abs(o.row(1).reduce(0, +) - 1) < 1e-15)
        #expect(abs(o[1, 0] - 1 / (2 + 1 / 2.718281828459045)) < 1e-15)
    }

    @Test func batchApplyMatchesScalarValues() {
        let z = Matrix([[-40, -1, 0], [0.25, 3, 40]])
        for f in [Activation.sigmoid, .tanh, .relu, .leakyReLU(slope: 0.1), .identity, .step] {
            var o = Matrix(rows: 2, columns: 3)
            f.apply(to: z, into: &o)
            #expect(o.values == z.values.map(f.value))
        }
    }
}
