// ordo-one/benchmark suite for NeuralNet: `swift package benchmark` in Benchmarks/.
// Metrics: wall clock and malloc count; peak resident memory for the whole experiment only (its
// sampling thread allocates while it runs, which would blur the counts). The allocations of a
// training are the same for 3000 and 30000 iterations (none inside the loop): compare the two
// 2-50-2 rows.

import Benchmark
import NeuralNet
import Workloads

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal],
        maxDuration: .seconds(10), maxIterations: 10)

    for h in TutorialExperiment.hiddenSizes {
        let job = TutorialExperiment.job(hidden: h)
        Benchmark("train 2-\(h)-2, 30000 iterations") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(TutorialExperiment.train(job)) }
        }
    }
    let short = TutorialExperiment.job(hidden: 50, iterations: 3000)
    Benchmark("train 2-50-2, 3000 iterations") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(TutorialExperiment.train(short)) }
    }
    let withMemory = Benchmark.Configuration(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
                                             maxDuration: .seconds(10), maxIterations: 10)
    Benchmark("experiment, serial", configuration: withMemory) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(TutorialExperiment.trainSerially()) }
    }
    Benchmark("experiment, parallel", configuration: withMemory) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(TutorialExperiment.trainInParallel()) }
    }
    let trained = TutorialExperiment.train(TutorialExperiment.job(hidden: 50)).network
    let (xs, ys) = TutorialExperiment.grid
    Benchmark("grid 2-50-2, \(xs.count) × \(ys.count) points") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try trained.gridValues(xs: xs, ys: ys)) }
    }
}
