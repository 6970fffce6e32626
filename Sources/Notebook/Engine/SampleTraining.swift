import NeuralNet

/// Gradient descent on one explicit sample, step after step: the worked example's error falling
/// over many iterations (`train net input=[…] target=[…] epochs=10000 rate=0.5`).
///
/// Each step is a ``StepTrace``; the loss recorded at epoch e is the error of the network after
/// e updates. A loss or weight that stops being finite ends the training, as `Trainer` does.
///
/// ```swift
/// let training = SampleTraining(input: [0.05, 0.1], target: [0.01, 0.99], loss: .squaredError,
///                               rate: 0.5, epochs: 10000, record: 100)
/// let model = try training.train(mazur, label: "m") { _, _ in }   // model.finalLoss ≈ 3.5e-05
/// ```
struct SampleTraining {
    var input: [Double]
    var target: [Double]
    var loss: NeuralNet.Loss
    var rate: Double
    var epochs: Int
    var record: Int

    func train(_ start: Network, label: String,
               progress: (Int, Double) -> Void) throws(NeuralNetError) -> TrainedModel {
        var network = start
        var history: [LossRecord] = []
        var divergence: TrainedModel.Stop?
        var completed = 0
        var finalLoss = Double.nan
        for epoch in 0...epochs {
            let step = try StepTrace(network: network, input: input, target: target, loss: loss, rate: rate)
            finalLoss = step.totalError
            guard finalLoss.isFinite else {
                divergence = TrainedModel.Stop(epoch: epoch, cause: .loss(finalLoss))
                break
            }
            if epoch % record == 0 || epoch == epochs {
                history.append(LossRecord(epoch: epoch, loss: finalLoss))
                progress(epoch, finalLoss)
            }
            guard epoch < epochs else { break }
            guard step.updated.isFinite else {
                divergence = TrainedModel.Stop(epoch: epoch + 1, cause: .weights)
                break
            }
            network = step.updated
            completed = epoch + 1
        }
        return TrainedModel(label: label, network: network, history: history, finalLoss: finalLoss,
                            epochsCompleted: completed, divergence: divergence, loss: loss, rate: rate,
                            epochs: epochs, record: record)
    }
}
