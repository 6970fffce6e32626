import Foundation
import NeuralNet

/// Trains several networks at once, one per thread, and returns the results in the order given.
///
/// Each training is independent and deterministic, so the results are bit for bit those of a
/// serial run. The largest jobs start first, so the longest one does not start last.
///
/// ```swift
/// let results = SweepTraining.run(jobs)   // results[k] belongs to jobs[k]
/// ```
enum SweepTraining {
    struct Job: Sendable {
        var network: Network
        var data: Dataset
        var configuration: TrainingConfiguration
        var progress: (@Sendable (Int, Double) -> Void)?

        /// Multiply-adds per epoch, roughly: what decides how long the job runs.
        var cost: Double {
            Double(network.weightCount) * Double(data.count) * Double(configuration.epochs)
        }

        func run() -> Result<TrainingResult, NeuralNetError> {
            do throws(NeuralNetError) {
                return .success(try Trainer(configuration).train(network, on: data, progress: progress))
            } catch {
                return .failure(error)
            }
        }
    }

    /// Runs the jobs on all cores (serially when `parallel` is false); results in input order.
    static func run(_ jobs: [Job], parallel: Bool = true) -> [Result<TrainingResult, NeuralNetError>] {
        guard parallel, jobs.count > 1 else { return jobs.map { $0.run() } }
        let order = jobs.indices.sorted { jobs[$0].cost > jobs[$1].cost || (jobs[$0].cost == jobs[$1].cost && $0 < $1) }
        let results = ResultSlots(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { k in
            let index = order[k]
            results.store(jobs[index].run(), at: index)
        }
        return results.values
    }
}

/// One slot per job, filled from several threads.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<TrainingResult, NeuralNetError>?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ result: Result<TrainingResult, NeuralNetError>, at index: Int) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [Result<TrainingResult, NeuralNetError>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
