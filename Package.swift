// swift-tools-version:6.0
// nbrun: a literate-notebook runner for neural-network lessons.
//
// Data flows one way, and the targets mirror it:
//   Markdown text → NotebookKit (notebook values with locations)
//   → NBRunCore (runs each step on NeuralEngine)
//   → SVGPlot / TeXMath (figures and math) → HTMLReport (one self-contained page).
// Numerals writes every number a reader sees (one minus sign, one exponent style).
// Markup is the single place where markup is written and escaped; HTML, SVG and
// MathML are all built from its nodes.
import PackageDescription

let package = Package(
    name: "nbrun",
    products: [
        .executable(name: "nbrun", targets: ["nbrun"]),
        .executable(name: "nbrun-bench", targets: ["nbrun-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Markup"),
        // How numbers are written for readers: one set of rules for tables, cards, logs and plots.
        .target(name: "Numerals"),
        .target(name: "NotebookKit", dependencies: ["CMark", "Yams", "Markup"]),
        // Release builds of the engine use every instruction of the building machine's
        // processor (AVX2/AVX-512 vectors for the matrix product and exp): a binary built
        // here runs on this kind of processor. Results do not change: there is no
        // fused multiply–add contraction, and every sum keeps its order.
        .target(
            name: "NeuralEngine",
            swiftSettings: [
                .unsafeFlags(["-target-cpu", "native"], .when(configuration: .release)),
                // Debug builds optimise the engine too: the tests render every lesson in
                // process with the code just built, and unoptimised training is ~100× slower.
                .unsafeFlags(["-O"], .when(configuration: .debug)),
            ]
        ),
        .target(name: "TeXMath", dependencies: ["Markup"]),
        .target(name: "SVGPlot", dependencies: ["Markup", "Numerals"]),
        .target(name: "HTMLReport", dependencies: ["Markup", "Numerals"]),
        .target(
            name: "NBRunCore",
            dependencies: ["NotebookKit", "NeuralEngine", "TeXMath", "SVGPlot", "HTMLReport", "Markup", "Numerals"]
        ),
        // A loopback HTTP server and an inotify watcher for `nbrun preview`; knows nothing of notebooks.
        .target(name: "PreviewServer"),
        // `nbrun preview`: renders, serves, watches, re-renders and reloads.
        .target(name: "LivePreview", dependencies: ["NBRunCore", "NotebookKit", "PreviewServer", "Markup", "HTMLReport"]),
        .executableTarget(
            name: "nbrun",
            dependencies: [
                "NBRunCore",
                "LivePreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`'s side of the benchmarks (protocol in benchmarks/README.md).
        .executableTarget(name: "nbrun-bench", dependencies: ["NeuralEngine", "NBRunCore", "TeXMath", "Markup"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "NumeralsTests", dependencies: ["Numerals"]),
        .testTarget(name: "NotebookKitTests", dependencies: ["NotebookKit"]),
        // Test support: counts a thread's heap allocations (proves the training loop allocates nothing).
        .target(name: "AllocationCounter", path: "Tests/AllocationCounter"),
        .testTarget(
            name: "NeuralEngineTests", dependencies: ["NeuralEngine", "AllocationCounter"],
            exclude: [
                "Fixtures/make_fixtures.py", "Fixtures/seed003_weights.py", "Fixtures/seed003_weights.json",
                "Fixtures/numpy_random.txt", "Fixtures/sklearn_datasets.txt", "Fixtures/nnfs_spiral.txt",
                "Fixtures/optimizer_reference.py", "Fixtures/optimizer_reference.json",
                "Fixtures/layer_reference.py", "Fixtures/layer_reference.json",
            ]
        ),
        .testTarget(name: "TeXMathTests", dependencies: ["TeXMath", "Markup", "NotebookKit"], exclude: ["Fixtures"]),
        .testTarget(name: "SVGPlotTests", dependencies: ["SVGPlot", "Markup"]),
        .testTarget(name: "HTMLReportTests", dependencies: ["HTMLReport", "Markup"]),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "LivePreview", "NBRunCore"]),
        .testTarget(
            name: "NBRunCoreTests", dependencies: ["NBRunCore", "NotebookKit", "NeuralEngine"],
            exclude: ["Fixtures"]
        ),
    ]
)
