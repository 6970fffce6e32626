import NeuralNet
import Testing

@Suite struct TrainingConfigurationTests {
    static let bad: [(TrainingConfiguration, String)] = [
        (TrainingConfiguration(epochs: -1, rate: 0.1), "epochs must be at least 0, got -1"),
        (TrainingConfiguration(epochs: 10, rate: 0), "rate must be a positive number, got 0"),
        (TrainingConfiguration(epochs: 10, rate: .infinity), "rate must be a positive number, got inf"),
        (TrainingConfiguration(epochs: 10, rate: 0.1, record: 0), "record must be at least 1, got 0"),
        (TrainingConfiguration(epochs: 10, rate: 0.1, batchSize: 0), "batch must be at least 1, got 0"),
        (TrainingConfiguration(epochs: 10, rate: 0.1, l2: -1), "l2 must be at least 0, got -1"),
        (TrainingConfiguration(epochs: 10, rate: 0.1, optimizer: .momentum(1)), "momentum must be in [0, 1), got 1"),
        (TrainingConfiguration(epochs: 10, rate: 0.1, optimizer: .adam(beta1: 0.9, beta2: 1, epsilon: 1e-8)),
         "beta2 must be in [0, 1), got 1"),
    ]

    @Test(arguments: bad)
    func rejectsSettingsOutOfRange(config: TrainingConfiguration, message: String) {
        let error = #expect(throws: NeuralNetError.self) { try config.validate() }
        #expect(error?.description == message)
    }

    @Test func defaults() throws {
        let config = TrainingConfiguration(epochs: 30000, rate: 0.1)
        try config.validate()
        #expect(config.loss == .binaryCrossEntropy && config.optimizer == .gradientDescent)
        #expect(config.batchSize == nil && config.record == 150 && config.seed == 0 && config.l2 == 0)
        #expect(TrainingConfiguration(epochs: 50, rate: 1).record == 1)
    }
}
