// weave-bench: the tutorial experiment timed in one process, printed as medians and ranges.
//
//   swift run -c release weave-bench [--runs N] [--iterations N] [--hidden H]
//
// Prints each network's training time and GFLOP/s, the whole experiment serial and in parallel,
// the decision-boundary grid, heap allocations per training iteration, and peak memory. The
// last lines, `serial_seconds=…` and `parallel_seconds=…`, are for bench/compare-numpy.sh.

import AllocationCounter
import NeuralNet
import Workloads
#if canImport(Glibc)
import Glibc
#endif

/// The command line's settings.
struct Options {
    var runs = 5
    var iterations = TutorialExperiment.iterations
    /// Only this network's training, timed (for profiling).
    var hidden: Int?

    init(_ arguments: [String]) {
        var arguments = arguments.makeIterator()
        while let argument = arguments.next() {
            switch argument {
            case "--runs": runs = Int(arguments.next() ?? "") ?? runs
            case "--iterations": iterations = Int(arguments.next() ?? "") ?? iterations
            case "--hidden": hidden = Int(arguments.next() ?? "")
            default: print("usage: weave-bench [--runs N] [--iterations N] [--hidden H]"); exit(2)
            }
        }
    }
}
let options = Options(Array(CommandLine.arguments.dropFirst()))
let (runs, iterations) = (options.runs, options.iterations)

/// Runs `work` `runs` times; the seconds of each run, sorted, and the last result.
func measure<T>(runs: Int = runs, _ work: () -> T) -> (seconds: [Double], result: T) {
    let clock = ContinuousClock()
    var seconds: [Double] = []
    var result: T?
    for _ in 0..<runs {
        let start = clock.now
        result = work()
        let elapsed = start.duration(to: clock.now)
        seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return (seconds.sorted(), result!)
}

func median(_ sorted: [Double]) -> Double {
    let n = sorted.count
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
}

func format(_ value: Double, _ digits: Int) -> String {
    let scale = (0..<digits).reduce(1.0) { r, _ in r * 10 }
    let rounded = (value * scale).rounded() / scale
    var text = "\(rounded)"
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        text += String(repeating: "0", count: max(0, digits - decimals))
    }
    return text
}

func describe(_ sorted: [Double]) -> String {
    "\(format(median(sorted) * 1000, 1)) ms (\(format(sorted.first! * 1000, 1))–\(format(sorted.last! * 1000, 1)))"
}

func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
}

#if DEBUG
let build = "debug"
#else
let build = "release"
#endif
let data = TutorialExperiment.moons
print("weave-bench (\(build) build): 2-h-2 on \(data.count) moons, \(iterations) iterations; "
      + "\(runs) runs each, median (min–max)")

// MARK: - Each network alone

for h in options.hidden.map({ [$0] }) ?? TutorialExperiment.hiddenSizes {
    let job = TutorialExperiment.job(hidden: h, iterations: iterations)
    let (seconds, result) = measure { TutorialExperiment.train(job) }
    let gflops = TutorialExperiment.flopsPerIteration(hidden: h) * Double(iterations) / median(seconds) / 1e9
    print(pad("2-\(h)-2", 8) + pad(describe(seconds), 30) + pad("\(format(gflops, 2)) GFLOP/s", 15)
          + "accuracy \(TutorialExperiment.correct(result.network))/\(data.count)  final loss \(result.finalLoss)")
}

if options.hidden != nil { exit(0) }

// MARK: - The whole experiment

let serial = measure { TutorialExperiment.trainSerially(iterations: iterations) }
let parallel = measure { TutorialExperiment.trainInParallel(iterations: iterations) }
print(pad("experiment, serial", 26) + describe(serial.seconds))
print(pad("experiment, parallel", 26) + describe(parallel.seconds)
      + "   results identical to serial: \(serial.result == parallel.result)")

// MARK: - Decision-boundary grid

let trained = serial.result.last!.network
let (xs, ys) = TutorialExperiment.grid
let grid = measure { try! trained.gridValues(xs: xs, ys: ys) }
print(pad("grid 2-50-2, \(xs.count) × \(ys.count)", 26) + describe(grid.seconds)
      + "   \(format(Double(xs.count * ys.count) / median(grid.seconds) / 1e6, 1)) M points/s")

// MARK: - Allocations and memory

/// Heap allocations during one training of the 2-50-2 network for `iterations` iterations.
func allocations(iterations: Int) -> Int {
    let job = TutorialExperiment.job(hidden: 50, iterations: iterations)
    let before = weave_allocation_count()
    _ = TutorialExperiment.train(job)
    return weave_allocation_count() - before
}
if weave_allocation_count() >= 0 {
    let (short, long) = (allocations(iterations: iterations / 10), allocations(iterations: iterations))
    let perIteration = Double(long - short) / Double(iterations - iterations / 10)
    print("allocations training 2-50-2: \(short) for \(iterations / 10) iterations, \(long) for \(iterations): "
          + "\(format(perIteration, 4)) per iteration")
} else {
    print("allocations: not counted on this platform")
}
#if canImport(Glibc)
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print("peak memory (max resident set): \(format(Double(usage.ru_maxrss) / 1024, 1)) MiB")
#endif
print("serial_seconds=\(median(serial.seconds))")
print("parallel_seconds=\(median(parallel.seconds))")
