// weave-bench: the tutorial experiment timed in one process, printed as medians and ranges.
//
//   swift run -c release weave-bench [--runs N] [--iterations N] [--hidden H]
//
// Prints each network's training time and GFLOP/s, the whole experiment serial and in parallel,
// the decision-boundary grid, heap allocations per training iteration, peak memory, writing the
// SVG of the six decision boundaries, and a whole `weave build` of the repository's notebooks
// (in memory, no cache). The last lines, `serial_seconds=…` and `parallel_seconds=…`, are for
// bench/compare-numpy.sh.

import AllocationCounter
import Foundation
import NeuralNet
import Notebook
import SVGPlot
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

// MARK: - Batch activations

/// Nanoseconds per element of `body` over 64-element rows (the kernel's padded sample count),
/// inputs spread over the range training sees.
func nanosecondsPerElement(_ body: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void) -> Double {
    let rows = 2_000, width = 64, repeats = 20
    let x = (0..<rows * width).map { Double($0 % 997) * 0.016 - 8 }
    var y = [Double](repeating: 0, count: x.count)
    // Thread CPU time, not wall time: on a loaded machine the wall clock mostly measures waiting.
    func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
    var seconds: [Double] = []
    for _ in 0..<runs {
        let start = cpuSeconds()
        x.withUnsafeBufferPointer { xs in
            y.withUnsafeMutableBufferPointer { ys in
                for _ in 0..<repeats {
                    for r in 0..<rows {
                        body(UnsafeBufferPointer(rebasing: xs[r * width..<(r + 1) * width]),
                             UnsafeMutableBufferPointer(rebasing: ys[r * width..<(r + 1) * width]))
                    }
                }
            }
        }
        seconds.append(cpuSeconds() - start)
    }
    return median(seconds.sorted()) * 1e9 / Double(rows * width * repeats)
}

let batchTanh = nanosecondsPerElement { Elementary.tanh($0, into: $1) }
let loopTanh = nanosecondsPerElement { x, y in for i in 0..<x.count { y[i] = Elementary.tanh(x[i]) } }
let inPlaceTanh = nanosecondsPerElement { x, y in
    for i in 0..<x.count { y[i] = x[i] }
    Elementary.tanh(UnsafeBufferPointer(y), into: y)
}
let batchSigmoid = nanosecondsPerElement { Elementary.sigmoid($0, into: $1) }
print(pad("tanh, 64-wide rows", 26) + "batch \(format(batchTanh, 2)) ns/element, in place \(format(inPlaceTanh, 2)), scalar loop \(format(loopTanh, 2)); "
      + "sigmoid batch \(format(batchSigmoid, 2))")

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
/// The process's peak resident memory so far, in MiB.
func peakMemory() -> Double {
    #if canImport(Glibc)
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
    #else
    return .nan
    #endif
}
print("peak memory (max resident set) after training: \(format(peakMemory(), 1)) MiB")

// MARK: - SVG of the six decision boundaries

// As the tutorial's page draws them: each network's class-1 probability on a 97 × 73 field over
// the data's range (plus 10 %, at least 0.5, on each side), the 60 points on top, 3 × 2 panels.
func padded(_ values: [Double]) -> ClosedRange<Double> {
    let (low, high) = (values.min()!, values.max()!)
    let margin = max(0.5, 0.1 * (high - low))
    return (low - margin)...(high + margin)
}
let (rangeX, rangeY) = (padded(data.features.column(0)), padded(data.features.column(1)))
let (fieldColumns, fieldRows) = (97, 73)
let fieldXs = (0..<fieldColumns).map { rangeX.lowerBound + Double($0) / Double(fieldColumns - 1) * (rangeX.upperBound - rangeX.lowerBound) }
let fieldYs = (0..<fieldRows).map { rangeY.lowerBound + Double($0) / Double(fieldRows - 1) * (rangeY.upperBound - rangeY.lowerBound) }
let points = Scatter(x: data.features.column(0), y: data.features.column(1), classes: data.labels)
let panels = zip(TutorialExperiment.hiddenSizes, serial.result).map { h, result in
    let values = try! result.network.gridValues(xs: fieldXs, ys: fieldYs)
    let field = SVGPlot.Grid(columns: fieldColumns, rows: fieldRows, values: values, x: rangeX, y: rangeY)
    return Figure.decisionRegions(DecisionRegions(field, valueRange: 0...1), points: points,
                                  title: "h = \(h)", key: "h\(h)")
}
let sweepFigure = FigureGrid(key: "sweep", columns: 3, panels: panels)
let svg = measure { sweepFigure.svg() }
print(pad("SVG, 3 × 2 boundaries", 26) + describe(svg.seconds)
      + "   \(format(Double(svg.result.utf8.count) / 1024, 1)) KiB")

// MARK: - A whole weave build

// Every notebook of the repository's notebooks/ (found from this file's path, whatever the
// working folder), parsed, run, plotted and laid out in memory; nothing written, no cache.
let notebooksFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()   // weave-bench
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()   // the root
    .appendingPathComponent("notebooks").path
do {
    let builder = try SiteBuilder(notebooksDirectory: notebooksFolder)
    let site = measure(runs: min(runs, 3)) { try? builder.build(selecting: nil) }
    if let files = site.result {
        let bytes = files.paths.reduce(0) { $0 + (files[$1]?.count ?? 0) }
        print(pad("weave build (\(builder.notebooks.count) notebooks)", 26) + describe(site.seconds)
              + "   \(files.paths.count) files, \(format(Double(bytes) / 1024, 0)) KiB")
    } else {
        print("weave build: the notebooks in \(notebooksFolder) did not build")
    }
} catch {
    print("weave build: cannot read \(notebooksFolder)")
}
print("peak memory (max resident set) at the end: \(format(peakMemory(), 1)) MiB")
print("serial_seconds=\(median(serial.seconds))")
print("parallel_seconds=\(median(parallel.seconds))")
