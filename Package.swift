// swift-tools-version: 6.0
import Foundation
import PackageDescription

// NeuralNet's training loops are the hot path of every build. `swift run weave` builds in debug,
// where unoptimized numeric code runs 15–200× slower, so this one target is optimized even in
// debug builds. It is also compiled for the CPU that builds it (`-target-cpu native`; AVX2 on
// this project's machine, ≈ 1.4× faster training): the results are the same bits as a portable
// build's, since no multiply is ever fused into an add and every sum's order is fixed by the
// source, but the binary may not run on an older CPU. Build with WEAVE_PORTABLE=1 for a binary to
// copy to other machines (after `swift package clean`). SwiftPM refuses unsafe flags in packages
// depended on by version: depend on weave's libraries by path or branch (see README, "Using the
// libraries").
let portable = ProcessInfo.processInfo.environment["WEAVE_PORTABLE"] == "1"
let neuralNetSettings: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]
    + (portable ? [] : [.unsafeFlags(["-target-cpu", "native"])])

let package = Package(
    name: "weave",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "weave", targets: ["weave"]),
        .library(name: "NeuralNet", targets: ["NeuralNet"]),
        .library(name: "SVGPlot", targets: ["SVGPlot"]),
        // For the fuzz targets under Fuzz/, which depend on this package by path.
        .library(name: "Notebook", targets: ["Notebook"]),
        .library(name: "NotebookLanguage", targets: ["NotebookLanguage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // `weave serve` only: an HTTP server on SwiftNIO whose parser bounds the request head.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // `swift package generate-documentation --target NeuralNet` (or SVGPlot): DocC catalogues.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // MARK: - Leaves
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The system calls Glibc does not import (an atomic folder exchange).
        .target(name: "CWeaveSystem", exclude: ["README.md"]),
        .target(name: "Markup", exclude: ["README.md"]),
        // "Did you mean …?": one edit distance and one closeness rule for every target.
        .target(name: "Spelling", exclude: ["README.md"]),
        .target(name: "NeuralNet", exclude: ["README.md", "Math/make_tables.py"],
                swiftSettings: neuralNetSettings),
        .target(name: "SVGPlot", dependencies: ["Markup"], exclude: ["README.md", "Text/make_font_metrics.py"]),
        .target(name: "MathML", dependencies: ["Markup", "Spelling"], exclude: ["README.md"]),

        // MARK: - The notebook language, engine and command line
        // What a notebook may say, checked without NeuralNet (the compiler keeps it so).
        .target(name: "NotebookLanguage", dependencies: ["Spelling"], exclude: ["README.md"]),
        .target(
            name: "Notebook",
            dependencies: [
                "CCmark", "CWeaveSystem", "Markup", "NeuralNet", "SVGPlot", "MathML", "Spelling", "NotebookLanguage",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["README.md", "Cache/README.md", "Rendering/README.md"]
        ),
        .target(
            name: "WeaveCLI",
            dependencies: [
                "Notebook", "Markup",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(name: "weave", dependencies: ["WeaveCLI"]),

        // MARK: - Tests
        // Snapshots that fail when recording, XML checks and scratch projects, for every test target.
        .target(name: "TestSupport", path: "Tests/TestSupport", exclude: ["README.md"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "SpellingTests", dependencies: ["Spelling"]),
        .testTarget(
            name: "NeuralNetTests", dependencies: ["NeuralNet"],
            exclude: ["Fixtures", "Math/make_elementary_reference.py"]
        ),
        .testTarget(name: "SVGPlotTests", dependencies: ["SVGPlot", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "MathMLTests", dependencies: ["MathML", "TestSupport"]),
        .testTarget(name: "NotebookLanguageTests", dependencies: ["NotebookLanguage"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "NotebookLanguage", "TestSupport"]),
        .testTarget(
            name: "WeaveCLITests",
            // Yams: the tests read the workflow `weave init` writes as YAML; SVGPlot: the figure
            // rules read the committed pages' SVG back.
            dependencies: ["WeaveCLI", "SVGPlot", "TestSupport", .product(name: "Yams", package: "Yams")],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
