import Foundation
import NeuralNet
import Testing

@Suite struct TrainerParallelTests {
    static let moons: Dataset = {
        var random = NumpyRandom(seed: 1)
        return Dataset.makeMoons(samples: 60, noise: 1.0, random: &random)
    }()

    /// A small sweep: the fast path, a deep network, mini-batches with momentum, and a refusal.
    static func jobs() throws -> [TrainingJob] {
        let config = TrainingConfiguration(epochs: 150, rate: 0.1, loss: .binaryCrossEntropy)
        var jobs = try [1, 2, 4, 10].map { h in
            TrainingJob(network: try Network(sizes: [2, h, 2], activations: [.tanh, .sigmoid],
                                             initializer: .scaledNormal, seed: 3),
                        data: moons, configuration: config)
        }
        let deep = try Network(sizes: [2, 4, 3, 1], activations: [.relu, .tanh, .sigmoid], initializer: .heNormal, seed: 5)
        var miniBatch = config
        (miniBatch.batchSize, miniBatch.optimizer) = (16, .momentum(0.9))
        jobs.append(TrainingJob(network: deep, data: moons, configuration: miniBatch))
        let stepped = try Network(sizes: [2, 2, 1], activations: [.step, .sigmoid], initializer: .zeros)
        jobs.append(TrainingJob(network: stepped, data: moons, configuration: config))
        return jobs
    }

    @Test func resultsAreTheSerialResultsInInputOrder() throws {
        let jobs = try Self.jobs()
        let parallel = Trainer.train(jobs)
        #expect(parallel.count == jobs.count)
        for (job, result) in zip(jobs, parallel) {
            let serial = Result { () throws(NeuralNetError) -> TrainingResult in
                try Trainer(job.configuration).train(job.network, on: job.data)
            }
            #expect(result == serial)
        }
        #expect(parallel.last == .failure(.untrainableActivation(layer: 1, activation: .step)))
        #expect(try parallel[3].get().network.sizes == [2, 10, 2])
    }

    /// Each job's reports are those of its training alone, in order, under its index in `jobs`.
    @Test func progressReportsEachJobsRecordedLossesUnderItsIndex() throws {
        let jobs = try Self.jobs()
        let log = ProgressLog()
        _ = Trainer.train(jobs) { job, epoch, loss in log.append(job: job, LossRecord(epoch: epoch, loss: loss)) }
        for (k, job) in jobs.enumerated() {
            var alone: [LossRecord] = []
            _ = try? Trainer(job.configuration).train(job.network, on: job.data) { epoch, loss in
                alone.append(LossRecord(epoch: epoch, loss: loss))
            }
            #expect(log.records(of: k) == alone, "job \(k)")
        }
        #expect(log.records(of: 0).count == 151)   // epochs 0, 1, …, 150
        #expect(log.records(of: jobs.count - 1).isEmpty)   // refused before training
    }

    @Test func costIsEpochsTimesSamplesTimesParameters() throws {
        let job = try Self.jobs()[2]   // 2-4-2: 4·2 + 4 + 2·4 + 2 = 22 parameters
        #expect(job.cost == 150 * 60 * 22)
    }

    @Test func anEmptySweepGivesNoResults() {
        #expect(Trainer.train([]).isEmpty)
    }
}

/// Progress reports collected from several threads, by job.
private final class ProgressLog: @unchecked Sendable {
    private var records: [Int: [LossRecord]] = [:]
    private let lock = NSLock()

    func append(job: Int, _ record: LossRecord) {
        lock.lock()
        records[job, default: []].append(record)
        lock.unlock()
    }

    func records(of job: Int) -> [LossRecord] {
        lock.lock()
        defer { lock.unlock() }
        return records[job] ?? []
    }
}
