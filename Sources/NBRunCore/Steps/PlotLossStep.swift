import NeuralEngine
import NotebookKit
import SVGPlot

/// `{plot loss}`: the loss per epoch of the last training (or of all of them).
struct PlotLossStep: NotebookStep {
    static let name = "plot loss"
    static let example = """
        scale: log
        caption: Loss per epoch.
        """
    static let summary = "Draws the loss per epoch as a line chart: of the last training, or of every training so far to compare them."

    struct Options: StepOptionList {
        let scale = StepOption("scale", .choice(LossAxisScale.self), default: .auto,
                           "The y axis; `auto` is logarithmic when the losses span more than two decades.")
        let runs = StepOption("runs", .choice(TrainingSelection.self), default: .last, "Plot the last training, or all trainings as separate lines.")
        let caption = OptionalStepOption("caption", .inlineMarkdown, "The figure's caption (Markdown, may contain math).")
    }

    static func run(_ options: StepOptions<Options>, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        guard let last = context.trainings.last else {
            throw .error("{plot loss} needs a training: add a {train} step before it", at: options.step.nameLocation,
                         length: name.utf8.count)
        }
        let records: [TrainingRecord] = switch options[\.runs] {
        case .last: [last]
        case .all: context.trainings
        }
        let series = records.map { Series(name: PlainText.from($0.label.text), values: $0.result.losses) }
        let scale: ScaleKind = switch options[\.scale] {
        case .log: .log
        case .linear: .linear
        case .auto: .automatic(for: records.flatMap(\.result.losses))
        }
        var markers: [VerticalMarker] = []
        if records.count == 1, last.options.keepBest, last.result.bestEpoch > 0 {
            markers.append(VerticalMarker(x: Double(last.result.bestEpoch), label: "best"))
        }
        let number = context.nextFigureNumber()
        let lossName = LossName(last.options.loss).words
        let plot = LinePlot(
            series: series, xLabel: "epoch", yLabel: lossName, yScale: scale,
            title: "Figure \(number): \(lossName) per epoch", markers: markers)
        let caption = options[\.caption]
        return [.figure(FigureResult(number: number, svg: plot.svg(id: "fig\(number)"), caption: caption, slug: "loss",
                                     alternative: "\(lossName) per epoch"))]
    }
}
