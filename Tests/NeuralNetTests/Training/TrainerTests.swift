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

    /// The tutorial's numpy program (np.random.seed(1); make_moons(60, noise=1.0); seed(3); W = randn(fan_out,
    /// fan_in)/√fan_in; tanh, two sigmoid outputs, cross-entropy, full batch, rate 0.1), run in numpy 2.4.6
    /// for a 2-4-2 and then a 2-50-2 network from the same stream: costs after 0, 500, 1000 updates, w1[0,0]
    /// and b2[1] after 1000.
    @Test func reproducesTheOriginalNumpyProgram() throws {
        var dataRandom = NumpyRandom(seed: 1)
        let moons = Dataset.makeMoons(samples: 60, noise: 1.0, random: &dataRandom)
        var random = NumpyRandom(seed: 3)
        let expected: [(hidden: Int, costs: [Double], w1: Double, b2: Double)] = [
            (4, [1.2496121991287041, 0.846229947163598, 0.8431861537589146], 0.9048900829573411, -0.413781986755347),
            (50, [1.5892508702308816, 0.7555752714744713, 0.6623216518445639], -0.27752086464139397, -0.5808720519553381),
        ]
        for run in expected {
            let net = try Network(sizes: [2, run.hidden, 2], activations: [.tanh, .sigmoid],
                                  initializer: .scaledNormal, generator: &random)
            let config = TrainingConfiguration(epochs: 1000, rate: 0.1, loss: .binaryCrossEntropy, record: 500)
            let result = try Trainer(config).train(net, on: moons)
            #expect(result.history.map(\.epoch) == [0, 500, 1000])
            for (record, cost) in zip(result.history, run.costs) { #expect(abs(record.loss / cost - 1) < 1e-12) }
            #expect(abs(result.network.layers[0].weights[0, 0] / run.w1 - 1) < 1e-12)
            #expect(abs(result.network.layers[1].biases[1] / run.b2 - 1) < 1e-12)
        }
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

    @Test func miniBatchesFollowTheSeededPermutation() throws {
        let data = Self.clouds.selecting(Array(0..<5))
        let net = try Self.neuron()
        // by hand: batches of 2, 2 and 1 in the order NumpyRandom(seed: 8).permutation(5) gives
        var random = NumpyRandom(seed: 8)
        let order = random.permutation(5)
        var expected = net
        for batch in [order[0..<2], order[2..<4], order[4..<5]] {
            let part = data.selecting(Array(batch))
            let g = try expected.gradients(inputs: part.features, targets: part.targets(outputs: 1),
                                           loss: .binaryCrossEntropy)
            expected.layers[0].weights = expected.layers[0].weights - 0.3 * g.weights[0]
            expected.layers[0].biases[0] -= 0.3 * g.biases[0][0]
        }
        let config = TrainingConfiguration(epochs: 1, rate: 0.3, loss: .binaryCrossEntropy, batchSize: 2, seed: 8)
        #expect(try Trainer(config).train(net, on: data).network == expected)
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
