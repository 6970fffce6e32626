import Dispatch

// Sweeps: several trainings at once, one per core. Each training is deterministic and shares
// nothing with the others, so the results are bit-identical to training the jobs one by one.

extension Trainer {
    /// Trains every job, in parallel across the cores, and returns the results in the order of
    /// `jobs`.
    ///
    /// The jobs start largest first (by `TrainingJob.cost`), so that the longest one does not
    /// start last and leave the other cores idle. Each result is what
    /// `Trainer(job.configuration).train(job.network, on: job.data)` returns or throws.
    /// `progress` gets (the job's index in `jobs`, epoch, loss) at each recorded epoch of each
    /// job, from the thread that trains it: the jobs' reports interleave in no fixed order.
    ///
    /// ```swift
    /// let results = Trainer.train(jobs) { job, epoch, loss in print(job, epoch, loss) }
    /// for case let .success(result) in results { print(result.finalLoss) }
    /// ```
    public static func train(_ jobs: [TrainingJob],
                             progress: (@Sendable (_ job: Int, _ epoch: Int, _ loss: Double) -> Void)? = nil)
        -> [Result<TrainingResult, NeuralNetError>] {
        let order = jobs.indices.sorted { a, b in
            jobs[a].cost != jobs[b].cost ? jobs[a].cost > jobs[b].cost : a < b
        }
        var results = [Result<TrainingResult, NeuralNetError>?](repeating: nil, count: jobs.count)
        results.withUnsafeMutableBufferPointer { slots in
            let slots = Slots(base: slots.baseAddress)
            // concurrentPerform hands out the iterations in increasing order: largest first.
            DispatchQueue.concurrentPerform(iterations: order.count) { i in
                let k = order[i], job = jobs[k]
                let report = progress.map { progress in { epoch, loss in progress(k, epoch, loss) } }
                let result = Result { () throws(NeuralNetError) -> TrainingResult in
                    try Trainer(job.configuration).train(job.network, on: job.data, progress: report)
                }
                slots.base![k] = result   // each slot is written by one iteration only
            }
        }
        return results.map { $0! }
    }

    /// The result slots, shared by the iterations; each writes only its own.
    private struct Slots: @unchecked Sendable {
        let base: UnsafeMutablePointer<Result<TrainingResult, NeuralNetError>?>?
    }
}
