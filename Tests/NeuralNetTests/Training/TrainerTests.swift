import NeuralNet
import Testing

@Suite struct TrainerTests {
    /// Two Gaussian clouds of 20 points each, around (−2, −2) (class 0) and (2, 2) (class 1).
    static let clouds: Dataset = {
        var random = NumpyRandom(seed: 42)
        var rows: [[Double]] = [], labels: [Int] = []
        for i in 0..<40 {
            let centre = i % 2 == 0 ? -2.0 : 2.0
            rows.append([centre + 0.5 * random.standardNormal(), centre + 0.5 * random.standardNormal()])
            labels.append(i % 2)
        }
        return Dataset(features: Matrix(rows), labels: labels)
    }()

    static func neuron(seed: UInt32 = 1) throws -> Network {
        try Network(sizes: [2, 1], activations: [.sigmoid], initializer: .scaledNormal, seed: seed)
    }

    @Test func singleNeuronSeparatesTwoClouds() throws {
        let config = TrainingConfiguration(epochs: 200, rate: 0.5, loss: .binaryCrossEntropy)
        let result = try Trainer(config).train(Self.neuron(), on: Self.clouds)
        #expect(try result.network.accuracy(on: Self.clouds) == 1)
        #expect(result.finalLoss < 0.05 && result.finalLoss < result.history[0].loss)
        #expect(result.divergence == nil && result.epochsCompleted == 200)
    }

    @Test(arguments: [Optimizer.gradientDescent, .momentum(0.9), .adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)])
    func everyOptimizerLearnsTheCloudsInMiniBatches(optimizer: Optimizer) throws {
        let config = TrainingConfiguration(epochs: 30, rate: 0.1, loss: .binaryCrossEntropy, optimizer: optimizer,
                                           batchSize: 7, seed: 3)
        let result = try Trainer(config).train(Self.neuron(), on: Self.clouds)
        #expect(try result.network.accuracy(on: Self.clouds) == 1)
        #expect(result.finalLoss < result.history[0].loss / 4)
    }

    @Test func historyIsRecordedEveryIntervalAndAtTheEnd() throws {
        var seen: [LossRecord] = []
        let config = TrainingConfiguration(epochs: 10, rate: 0.1, loss: .binaryCrossEntropy, record: 3)
        let result = try Trainer(config).train(Self.neuron(), on: Self.clouds) { seen.append(LossRecord(epoch: $0, loss: $1)) }
        #expect(result.history.map(\.epoch) == [0, 3, 6, 9, 10])
        #expect(seen == result.history)
        #expect(result.finalLoss == result.history.last?.loss)
        #expect(try result.finalLoss == result.network.loss(on: Self.clouds, loss: .binaryCrossEntropy))
        #expect(TrainingConfiguration(epochs: 30000, rate: 1).record == 150)
    }

    @Test func oneFullBatchEpochIsTheWorkedExampleStep() throws {
        let net = try Network(sizes: [2, 2, 2], activations: [.sigmoid, .sigmoid], initializer: .explicit(
            weights: [Matrix([[0.15, 0.20], [0.25, 0.30]]), Matrix([[0.40, 0.45], [0.50, 0.55]])],
            biases: [[0.35, 0.35], [0.60, 0.60]]))
        // one sample of class 1 with targets (0, 1)
        let data = Dataset(features: Matrix([[0.05, 0.10]]), labels: [1])
        let trace = try StepTrace(network: net, input: [0.05, 0.10], target: [0, 1], loss: .squaredError, rate: 0.5)
        let config = TrainingConfiguration(epochs: 1, rate: 0.5, loss: .squaredError)
        let result = try Trainer(config).train(net, on: data)
        #expect(result.network == trace.updated)
        #expect(result.history[0].loss == trace.totalError)
    }

    @Test func momentumAndL2FollowTheirFormulas() throws {
        let net = try Network(sizes: [2, 2, 1], activations: [.tanh, .sigmoid], initializer: .heNormal, seed: 9)
        let data = Dataset(features: Matrix([[0.5, -1], [1, 0.25], [-0.3, 0.8]]), labels: [1, 0, 1])
        let (x, t) = (data.features, data.targets(outputs: 1))
        let (rate, mu, l2) = (0.3, 0.8, 0.01)
        // v ← μ·v − η·(g + λw), w ← w + v, twice, for the weights; biases without λ
        var expected = net
        var velocity = net.layers.map { ([Double](repeating: 0, count: $0.weights.values.count),
                                         [Double](repeating: 0, count: $0.fanOut)) }
        for _ in 0..<2 {
            let g = try expected.gradients(inputs: x, targets: t, loss: .binaryCrossEntropy)
            for l in expected.layers.indices {
                for k in velocity[l].0.indices {
                    let w = expected.layers[l].weights.values[k]
                    velocity[l].0[k] = mu * velocity[l].0[k] - rate * (g.weights[l].values[k] + l2 * w)
                    expected.layers[l].weights.values[k] += velocity[l].0[k]
                }
                for j in velocity[l].1.indices {
                    velocity[l].1[j] = mu * velocity[l].1[j] - rate * g.biases[l][j]
                    expected.layers[l].biases[j] += velocity[l].1[j]
                }
            }
        }
        let config = TrainingConfiguration(epochs: 2, rate: rate, loss: .binaryCrossEntropy,
                                           optimizer: .momentum(mu), l2: l2)
        let result = try Trainer(config).train(net, on: data)
        for (a, b) in zip(result.network.flatWeights, expected.flatWeights) { #expect(abs(a - b) < 1e-15) }
        // the recorded loss includes (λ/2)·Σw²
        let penalty = 0.5 * l2 * result.network.flatWeights.reduce(0) { $0 + $1 * $1 }
        let dataLoss = try result.network.loss(on: data, loss: .binaryCrossEntropy)
        #expect(abs(result.finalLoss - (dataLoss + penalty)) < 1e-15)
    }

    @Test func adamsFirstStepMovesEachWeightByAboutTheRate() throws {
        let net = try Self.neuron(seed: 4)
        let config = TrainingConfiguration(epochs: 1, rate: 0.01, loss: .binaryCrossEntropy,
                                           optimizer: .adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8))
        let result = try Trainer(config).train(net, on: Self.clouds)
        // m̂ = g and v̂ = g² after one step, so w moves by η·g/(|g| + ε) ≈ η·sign(g)
        for (before, after) in zip(net.flatWeights, result.network.flatWeights) {
            #expect(abs(abs(after - before) - 0.01) < 1e-7)
        }
    }

    @Test func sameSeedSameMiniBatchesSameNetwork() throws {
        func run(seed: UInt32) throws -> TrainingResult {
            let config = TrainingConfiguration(epochs: 5, rate: 0.2, loss: .binaryCrossEntropy, batchSize: 6, seed: seed)
            return try Trainer(config).train(Self.neuron(), on: Self.clouds)
        }
        #expect(try run(seed: 5) == run(seed: 5))
        #expect(try run(seed: 5).network != run(seed: 6).network)
    }

    /// Recording every epoch, the loss overflows first; recording only at the end, the weights do.
    @Test(arguments: [1, 1000])
    func divergenceStopsTrainingAndKeepsTheLastFiniteNetwork(record: Int) throws {
        let net = try Network(sizes: [2, 3, 1], activations: [.identity, .identity], initializer: .heNormal, seed: 2)
        let config = TrainingConfiguration(epochs: 1000, rate: 50, loss: .squaredError, record: record)
        let result = try Trainer(config).train(net, on: Self.clouds)
        let divergence = try #require(result.divergence)
        if record == 1 {
            #expect(divergence.cause == .loss(.infinity))
        } else {
            #expect(divergence.cause == .weights)
        }
        #expect(divergence.epoch > 1 && divergence.epoch < 1000)
        #expect(result.epochsCompleted == divergence.epoch - 1)
        #expect(result.network.isFinite)
        #expect(result.history.allSatisfy { $0.loss.isFinite })
        #expect(record > 1 || result.history.last?.epoch == result.epochsCompleted)
        guard record == 1 else { return }
        // the kept network is exactly the one after the completed epochs
        var shorter = config
        shorter.epochs = result.epochsCompleted
        let upToThere = try Trainer(shorter).train(net, on: Self.clouds)
        #expect(upToThere.divergence == nil && upToThere.network == result.network)
        #expect(upToThere.finalLoss == result.finalLoss)
        #expect(divergence.description.hasSuffix("in epoch \(divergence.epoch); training stopped after epoch \(divergence.epoch - 1)"))
    }

    @Test func refusesStepAndBadSettings() throws {
        let stepNet = try Network(sizes: [2, 1], activations: [.step], initializer: .zeros)
        let config = TrainingConfiguration(epochs: 10, rate: 0.1, loss: .squaredError)
        let error = #expect(throws: NeuralNetError.self) { try Trainer(config).train(stepNet, on: Self.clouds) }
        #expect(error?.description.contains("derivative is zero almost everywhere, so no gradient flows back") == true)
        #expect(throws: NeuralNetError.invalidSetting(name: "rate", value: 0, rule: "a positive number")) {
            try Trainer(TrainingConfiguration(epochs: 10, rate: 0)).train(Self.neuron(), on: Self.clouds)
        }
        let threeFeatures = Dataset(features: Matrix([[1, 2, 3]]), labels: [0])
        #expect(throws: NeuralNetError.featureCountMismatch(features: 3, inputs: 2)) {
            try Trainer(config).train(Self.neuron(), on: threeFeatures)
        }
    }
}
