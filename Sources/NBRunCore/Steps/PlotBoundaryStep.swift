import Numerals
import NeuralEngine
import NotebookKit
import SVGPlot

/// `{plot boundary}`: the model's decision over the input plane, with the data.
struct PlotBoundaryStep: NotebookStep {
    static let name = "plot boundary"
    static let example = """
        show: probability
        resolution: 200
        caption: The learned decision boundary.
        """
    static let summary = "Draws what the model predicts over the whole input plane (two inputs), as filled regions, with the training points coloured by their label; with `epochs:`, one small panel per saved snapshot so the learning is visible."

    struct Options: StepOptionList {
        let show = StepOption("show", .choice(BoundaryShading.self), default: .auto,
                          "`classes`: regions of the predicted class, bounded where the two highest outputs tie; `probability`: shaded bands of the output with the 0.5 line, labelled P(class 1) for a sigmoid output and with the output's own range otherwise (−1…1 for tanh); `auto`: probability for one output, classes otherwise.")
        let resolution = StepOption("resolution", .integer(10...1000), default: 200, "Grid samples per axis.")
        let padding = StepOption("padding", .number, default: 0.05, "Extra margin around the data, as a fraction of its range.")
        let epochs = OptionalStepOption("epochs", .integerList(0...Int.max), "Small multiples: one panel per listed epoch, from the last training's `snapshots`.")
        let columns = StepOption("columns", .integer(1...8), default: 3, "Panels per row for small multiples.")
        let caption = OptionalStepOption("caption", .inlineMarkdown, "The figure's caption (Markdown, may contain math).")
    }

    static func run(_ options: StepOptions<Options>, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let model = try context.requireModel(at: options.step.nameLocation, for: name)
        let data = try context.requireData(at: options.step.nameLocation, for: name)
        guard data.train.featureCount == 2 else {
            throw .error("a decision boundary needs data with 2 inputs, but this data has \(data.train.featureCount)",
                         at: options.step.nameLocation, length: name.utf8.count)
        }
        // A model trained with the hinge loss gives raw scores for labels −1 and +1: its classes are
        // the sign of the score (no probability to shade), and a label above 0 is the class +1.
        let scores = context.trainings.last?.options.loss == .hinge && data.train.classCount == nil
        let threshold = scores ? Loss.hinge.decisionThreshold : 0.5
        let shading = scores && options[\.show] == .auto ? .classes : options[\.show]
        try checkPlottable(data.train, hingeLabels: scores, at: options.step.nameLocation)
        let samples = 0..<data.train.sampleCount
        let grid = DecisionGrid(xs: samples.map { data.train.x[$0, 0] }, ys: samples.map { data.train.x[$0, 1] },
                                resolution: options[\.resolution], padding: options[\.padding])
        let gridInputs = Matrix(grid.points.map { [$0.x, $0.y] })
        let actual = Network.classes(ofTargets: data.train.y, outputs: max(2, data.train.classCount ?? 2), threshold: threshold)
        let points = (0..<data.train.sampleCount).map { row in
            LabeledPoint(x: data.train.x[row, 0], y: data.train.x[row, 1], label: actual[row])
        }
        let classNames = data.train.classNames ?? (scores ? ["−1", "+1"] : ["0", "1"])
        let number = context.nextFigureNumber()
        /// The model's output on the grid, as the plot wants it.
        func field(of network: Network) -> DecisionField {
            context.phaseTimes.measure(.steps) { grid.field(values(network.predict(gridInputs), shading: shading, threshold: threshold, lastLayer: network.spec.layers.last)) }
        }
        if let epochs = options[\.epochs] {
            guard let training = context.trainings.last else {
                throw .error("small multiples need a training with 'snapshots'", at: options.keyLocation(\.epochs))
            }
            var panels: [DecisionPanel] = []
            var network = model.network
            for epoch in epochs {
                guard let snapshot = training.result.snapshots.first(where: { $0.epoch == epoch }) else {
                    let saved = training.result.snapshots.map { String($0.epoch) }.joined(separator: ", ")
                    throw options.error(
                        "no snapshot at epoch \(epoch): add it to 'snapshots' in the {train} step at \(training.location)"
                        + (saved.isEmpty ? "" : " (saved: \(saved))"), about: \.epochs)
                }
                network.parameters = snapshot.parameters
                panels.append(DecisionPanel(
                    title: epoch == 0 ? "before training" : "epoch \(NumberStyle.integer.format(epoch))",
                    field: field(of: network), points: points))
            }
            let multiples = SmallMultiples(panels: panels, classNames: classNames, columns: options[\.columns],
                                           title: "Figure \(number): the decision boundary during training")
            return [.figure(FigureResult(number: number, svg: multiples.svg(id: "fig\(number)"), caption: options[\.caption],
                                         slug: "boundary-epochs", alternative: "decision boundary at epochs " + epochs.map(String.init).joined(separator: ", ")))]
        }
        let plot = DecisionBoundaryPlot(
            field: field(of: model.network),
            points: points, classNames: classNames,
            xLabel: data.train.featureNames[0], yLabel: data.train.featureNames[1],
            title: "Figure \(number): decision boundary")
        return [.figure(FigureResult(number: number, svg: plot.svg(id: "fig\(number)"), caption: options[\.caption],
                                     slug: "boundary", alternative: "decision boundary of the model over the input plane"))]
    }

    /// The inputs must span a finite range (±1e308 overflowed the pixel scale) and the
    /// targets, read as classes, must be class labels 0…65535 (or, for a hinge loss's
    /// scores, any finite labels: their sign is the class).
    static func checkPlottable(_ data: Dataset, hingeLabels: Bool, at location: SourceLocation) throws(Diagnostic) {
        for column in 0..<2 {
            let values = (0..<data.sampleCount).map { data.x[$0, column] }
            guard let low = values.min(), let high = values.max() else { continue }
            guard low.isFinite, high.isFinite, (high - low).isFinite else {
                throw .error(
                    "input '\(data.featureNames[column])' spans \(low) to \(high): too wide to plot",
                    at: location, length: name.utf8.count,
                    notes: ["rescale the inputs in the {dataset} step, e.g. 'scale: standardize'"])
            }
        }
        if data.y.columns == 1, data.classCount == nil, !hingeLabels {
            for row in 0..<data.sampleCount {
                let target = data.y[row, 0]
                guard target.isFinite, target > -1, target < 65_536 else {
                    throw .error(
                        "the targets are drawn as classes 0…65535, but sample \(row + 1)'s target is \(target)",
                        at: location, length: name.utf8.count)
                }
            }
        }
    }

    /// The model's outputs as field values: `classes` shades the predicted class (one
    /// output: the class above `threshold` — ½, or 0 for hinge scores — like
    /// ``Network/classes(ofPredictions:threshold:)``; several: the highest), bounded where the
    /// two highest scores tie, so boundaries are interpolated, not staircases; otherwise several
    /// outputs are class probabilities, and one output is P(class 1) after a sigmoid, or else
    /// shaded over its own range (tanh: −1…1; anything else: what the grid reaches), never
    /// called a probability.
    static func values(_ outputs: Matrix, shading: BoundaryShading, threshold: Double = 0.5,
                       lastLayer: LayerSpec? = nil) -> DecisionField.Values {
        switch shading {
        case .classes:
            // One output o: scores 2t − o and o tie at o = t.
            guard outputs.columns == 1 else { return .classScores(outputs.nestedRows) }
            return .classScores(outputs.elements.map { [2 * threshold - $0, $0] })
        case .auto, .probability:
            guard outputs.columns == 1 else { return .classProbabilities(outputs.nestedRows) }
            switch lastLayer?.activation {
            case .sigmoid?:
                return .probability(outputs.elements.map { min(1, max(0, $0)) })
            case .tanh?:
                return .output(outputs.elements.map { $0.isFinite ? $0 : 0.5 }, range: -1...1, threshold: 0.5)
            default:
                let finite = outputs.elements.filter(\.isFinite)
                return .output(outputs.elements.map { $0.isFinite ? $0 : 0.5 },
                               range: min(0.5, finite.min() ?? 0)...max(0.5, finite.max() ?? 1), threshold: 0.5)
            }
        }
    }
}
