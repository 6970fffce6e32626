/// The error E a network is trained to make small, with its gradient on the output layer's net inputs.
///
/// Outputs o, targets t and net inputs z are batches: one sample per row, m rows. Every loss sums
/// over a sample's outputs and **averages over the m samples**, so for one sample (the worked
/// examples) it is the textbook sum, and the gradient scale does not grow with the batch size:
/// - `squaredError`: E = (1/m) Σ_samples Σ_outputs ½(t − o)², any elementwise output activation.
/// - `binaryCrossEntropy`: E = −(1/m) Σ (t·log o + (1 − t)·log(1 − o)), sigmoid outputs only.
/// - `softmaxCrossEntropy`: E = −(1/m) Σ t·log o, softmax outputs only.
///
/// ```swift
/// let o = Matrix([[0.75, 0.77]]), t = Matrix([[0.01, 0.99]])
/// Loss.squaredError.value(outputs: o, netInputs: o, targets: t)   // ½(0.74² + 0.22²)
/// ```
public enum Loss: Hashable, Sendable {
    case squaredError
    case binaryCrossEntropy
    case softmaxCrossEntropy

    /// The name in NeuralNet's messages and in its coding (`Network+Codable.swift`): `squared`,
    /// `crossentropy`, `softmax`. The notebook's words are the notebook language's (`LossName`);
    /// these must stay as they are for cached models.
    var name: String {
        switch self {
        case .squaredError: "squared"
        case .binaryCrossEntropy: "crossentropy"
        case .softmaxCrossEntropy: "softmax"
        }
    }

    // MARK: - Value

    /// Each sample's and output's share of the error before averaging, as a matrix shaped like `o`:
    /// ½(t − o)², −(t·log o + (1 − t)·log(1 − o)) or −t·log o.
    public func terms(outputs o: Matrix, netInputs z: Matrix, targets t: Matrix) -> Matrix {
        var terms = Matrix(rows: o.rows, columns: o.columns)
        forEachTerm(outputs: o, netInputs: z, targets: t) { k, term in terms.values[k] = term }
        return terms
    }

    /// E for the batch: the terms summed in row-major order, divided by the number of samples m.
    /// Allocates nothing (training evaluates it every `record` epochs).
    public func value(outputs o: Matrix, netInputs z: Matrix, targets t: Matrix) -> Double {
        var sum = 0.0
        accumulate(outputs: o, netInputs: z, targets: t, into: &sum)
        return sum / Double(o.rows)
    }

    /// Adds the batch's terms to `sum` one by one in row-major order, so that batches added in
    /// order give the bits of one sum over all their rows.
    func accumulate(outputs o: Matrix, netInputs z: Matrix, targets t: Matrix, into sum: inout Double) {
        forEachTerm(outputs: o, netInputs: z, targets: t) { _, term in sum += term }
    }

    /// Calls `body(k, term)` for every entry k of `o` in row-major order.
    private func forEachTerm(outputs o: Matrix, netInputs z: Matrix, targets t: Matrix,
                             _ body: (Int, Double) -> Void) {
        precondition(o.rows == t.rows && o.columns == t.columns, "outputs and targets differ in shape")
        precondition(o.rows == z.rows && o.columns == z.columns, "outputs and net inputs differ in shape")
        let n = o.columns
        for i in 0..<o.rows {
            // log Σ_j e^z_j, shifted by the largest z so that no e^… overflows (softmax only)
            var logSumExp = 0.0
            if self == .softmaxCrossEntropy {
                var largest = -Double.infinity
                for j in 0..<n { largest = max(largest, z.values[i * n + j]) }
                var sum = 0.0
                for j in 0..<n { sum += Elementary.exp(z.values[i * n + j] - largest) }
                logSumExp = largest + Elementary.log(sum)
            }
            for j in 0..<n {
                let k = i * n + j
                body(k, term(o: o.values[k], z: z.values[k], t: t.values[k], logSumExp: logSumExp))
            }
        }
    }

    private func term(o: Double, z: Double, t: Double, logSumExp: Double) -> Double {
        switch self {
        case .squaredError:
            // E = ½(t − o)²
            let e = t - o
            return 0.5 * e * e
        case .binaryCrossEntropy:
            // E = −(t·log o + (1 − t)·log(1 − o)), exactly the textbook formula while 0 < o < 1.
            if o > 0 && o < 1 { return -(t * Elementary.log(o) + (1 - t) * Elementary.log(1 - o)) }
            // σ(z) rounded to 0 or 1 (|z| ≳ 36.7), where the textbook form gives 0·∞ = NaN.
            // With o = σ(z): −log σ(z) = softplus(−z) and −log(1 − σ(z)) = softplus(z).
            return t * Loss.softplus(-z) + (1 - t) * Loss.softplus(z)
        case .softmaxCrossEntropy:
            // E = −t·log o_k with log o_k = z_k − log Σ_j e^z_j (finite even where o_k rounds to 0)
            return t == 0 ? 0 : -t * (z - logSumExp)
        }
    }

    /// softplus(x) = log(1 + e^x) = max(x, 0) + log1p(e^−|x|), which neither overflows nor loses
    /// the small values.
    static func softplus(_ x: Double) -> Double {
        max(x, 0) + Elementary.log1p(Elementary.exp(-abs(x)))
    }

    // MARK: - Gradient on the output layer's net inputs

    /// Writes ∂E/∂z for the output layer into `delta` (shaped like `o`), given its activation.
    ///
    /// - squared error: ∂E/∂z = (o − t)/m · f′(z)
    /// - binary cross-entropy with sigmoid: ∂E/∂z = (o − t)/m (σ′ = o(1 − o) cancels the 1/(o(1 − o)))
    /// - softmax cross-entropy with softmax: ∂E/∂z = (o − t)/m (the softmax Jacobian folded in)
    public func outputDelta(outputs o: Matrix, netInputs z: Matrix, targets t: Matrix,
                            activation: Activation, into delta: inout Matrix) {
        precondition(o.values.count == t.values.count && o.values.count == delta.values.count, "shape mismatch")
        let scale = 1 / Double(o.rows)
        o.values.withUnsafeBufferPointer { o in
            t.values.withUnsafeBufferPointer { t in
                delta.values.withUnsafeMutableBufferPointer { d in
                    // ∂E/∂o = (o − t)/m for squared error; (o − t)/m is already ∂E/∂z for the other two
                    for k in 0..<d.count { d[k] = (o[k] - t[k]) * scale }
                }
            }
        }
        if self == .squaredError {
            activation.multiplyDerivative(netInput: z, output: o, into: &delta)
        }
    }

    /// Throws unless this loss can train an output layer with `activation`.
    public func checkCompatible(withOutput activation: Activation) throws(NeuralNetError) {
        switch (self, activation) {
        case (.softmaxCrossEntropy, .softmax), (.binaryCrossEntropy, .sigmoid): return
        case (.squaredError, let f) where f.isElementwise: return
        case (.softmaxCrossEntropy, _), (.binaryCrossEntropy, _), (.squaredError, _):
            throw .lossNeedsOutput(loss: self, output: activation)
        }
    }
}
