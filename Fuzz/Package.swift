// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for weave, kept out of the root package's default build.
// Build and run with `Fuzz/run.sh [seconds]`; see README.md here.
let package = Package(
    name: "weave-fuzz",
    dependencies: [.package(name: "weave", path: "..")],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver: SwiftPM renames an executable's entry point,
        // so libFuzzer's own main never runs and each target's main.swift starts the driver.
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "FuzzLanguage",
            dependencies: ["CFuzzerDriver", .product(name: "NotebookLanguage", package: "weave")]
        ),
        .executableTarget(
            name: "FuzzPipeline",
            dependencies: ["CFuzzerDriver", .product(name: "Notebook", package: "weave")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
