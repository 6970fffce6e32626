// swift-tools-version: 6.0
import PackageDescription

// A compile check, built by .ci/run: a package that imports NeuralNet, SVGPlot, Notebook and
// NotebookLanguage together and writes `Layer`, `Activation`, `Loss`, `Optimizer`, `Initializer`
// and `Grid` unqualified. It builds only while each name means one type of one module.
// Not a target of the root package (the root declares its test targets by name).
let package = Package(
    name: "weave-name-check",
    dependencies: [.package(name: "weave", path: "../..")],
    targets: [
        .target(
            name: "NameCheck",
            dependencies: [
                .product(name: "NeuralNet", package: "weave"),
                .product(name: "SVGPlot", package: "weave"),
                .product(name: "Notebook", package: "weave"),
                .product(name: "NotebookLanguage", package: "weave"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
