// swift-tools-version:6.0
// libFuzzer harnesses for nbrun's input readers (see README.md). The modules are the
// main package's own sources, through the symlinks in Sources/; `make fuzz` builds
// them with `swift build -c release --sanitize=fuzzer --sanitize=address`.
import PackageDescription

let package = Package(
    name: "nbrun-fuzz",
    dependencies: [.package(url: "https://github.com/jpsim/Yams", from: "6.0.0")],
    targets: [
        .systemLibrary(name: "CMark", pkgConfig: "libcmark"),
        .target(name: "Markup"),
        .target(name: "NotebookKit", dependencies: ["CMark", "Yams", "Markup"]),
        .target(name: "NeuralEngine"),
        .executableTarget(name: "fuzz-notebook", dependencies: ["NotebookKit"], path: "notebook",
                          exclude: ["notebook.dict"]),
        .executableTarget(name: "fuzz-csv", dependencies: ["NeuralEngine"], path: "csv", exclude: ["csv.dict"]),
        .executableTarget(name: "fuzz-load", dependencies: ["NeuralEngine"], path: "load", exclude: ["load.dict"]),
    ]
)
