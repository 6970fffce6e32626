// swift-tools-version: 6.1
import PackageDescription

// Benchmarks for weave's NeuralNet, kept out of the root package so that `swift build` and CI
// never build them. Run from this folder:
//   swift package benchmark                   ordo-one/benchmark: time, mallocs, memory
//   swift run -c release weave-bench          plain medians, GFLOP/s, allocations per iteration
// `bench/compare-numpy.sh` (in the root) runs weave-bench beside the numpy program.
let package = Package(
    name: "weave-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "weave", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The tutorial's experiment, shared by both runners.
        .target(name: "Workloads", dependencies: [.product(name: "NeuralNet", package: "weave")]),
        // Counts malloc calls by wrapping glibc's allocator (Linux only; weave-bench only).
        .target(name: "AllocationCounter"),
        .executableTarget(name: "weave-bench", dependencies: [
            "Workloads", "AllocationCounter",
            .product(name: "SVGPlot", package: "weave"), .product(name: "Notebook", package: "weave"),
        ]),
        .executableTarget(
            name: "TrainingBenchmarks",
            dependencies: ["Workloads", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/TrainingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
