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

    static let options: [OptionSpec] = [
        OptionSpec("show", .choice(["auto", "classes", "probability"]), default: "auto",
                   "`classes`: regions of the predicted class, bounded where the two highest outputs tie; `probability`: shaded bands of the output with the 0.5 line, labelled P(class 1) for a sigmoid output and with the output's own range otherwise (−1…1 for tanh); `auto`: probability for one output, classes otherwise."),
        OptionSpec("resolution", .integer(10...1000), default: "200", "Grid samples per axis."),
        OptionSpec("padding", .number, default: "0.05", "Extra margin around the data, as a fraction of its range."),
        OptionSpec("epochs", .integerList, "Small multiples: one panel per listed epoch, from the last training's `snapshots`."),
        OptionSpec("columns", .integer(1...8), default: "3", "Panels per row for small multiples."),
        OptionSpec("caption", .text, "The figure's caption (Markdown, may contain math)."),
    ]

    static func run(_ options: StepOptions, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let model = try context.requireModel(at: options.step.nameLocation, for: name)
        let data = try context.requireData(at: options.step.nameLocation, for: name)
        guard data.train.featureCount == 2 else {
            throw .error("a decision boundary needs data with 2 inputs, but this data has \(data.train.featureCount)",
                         at: options.step.nameLocation, length: name.utf8.count)
        }
        let resolution = try options.integer("resolution")!
        let padding = try options.number("padding")!
        let mode = try options.choice("show")!
        let grid = BoundaryGrid(data: data.train, resolution: resolution, padding: padding)
        let points = (0..<data.train.sampleCount).map { row in
            LabeledPoint(x: data.train.x[row, 0], y: data.train.x[row, 1], label: PredictStep.actualClass(data.train, row: row))
        }
        let classNames = data.train.classNames ?? ["0", "1"]
        let number = context.nextFigureNumber()
        if let epochs = try options.integerList("epochs", in: 0...Int.max) {
            guard let training = context.trainings.last else {
                throw .error("small multiples need a training with 'snapshots'", at: options.keyLocation("epochs"))
            }
            var panels: [DecisionPanel] = []
            var network = model.network
            for epoch in epochs {
                guard let snapshot = training.result.snapshots.first(where: { $0.epoch == epoch }) else {
                    let saved = training.result.snapshots.map { String($0.epoch) }.joined(separator: ", ")
                    throw options.value("epochs")!.error(
                        "no snapshot at epoch \(epoch): add it to 'snapshots' in the {train} step at \(training.location)"
                        + (saved.isEmpty ? "" : " (saved: \(saved))"))
                }
                network.parameters = snapshot.parameters
                panels.append(DecisionPanel(
                    title: epoch == 0 ? "before training" : "epoch \(NumberFormat.integer(epoch))",
                    field: context.phaseTimes.measure(.steps) { grid.field(of: network, mode: mode) }, points: points))
            }
            let multiples = SmallMultiples(panels: panels, classNames: classNames, columns: try options.integer("columns")!,
                                           title: "Figure \(number): the decision boundary during training")
            return [.figure(FigureResult(number: number, svg: multiples.svg(id: "fig\(number)"), caption: options.text("caption"),
                                         slug: "boundary-epochs", alternative: "decision boundary at epochs " + epochs.map(String.init).joined(separator: ", ")))]
        }
        let plot = DecisionBoundaryPlot(
            field: context.phaseTimes.measure(.steps) { grid.field(of: model.network, mode: mode) },
            points: points, classNames: classNames,
            xLabel: data.train.featureNames[0], yLabel: data.train.featureNames[1],
            title: "Figure \(number): decision boundary")
        return [.figure(FigureResult(number: number, svg: plot.svg(id: "fig\(number)"), caption: options.text("caption"),
                                     slug: "boundary", alternative: "decision boundary of the model over the input plane"))]
    }
}

/// A regular grid over the data's bounding box, and the model's output on it.
struct BoundaryGrid {
    let xRange: ClosedRange<Double>
    let yRange: ClosedRange<Double>
    let resolution: Int
    let inputs: Matrix

    init(data: Dataset, resolution: Int, padding: Double) {
        func range(_ column: Int) -> ClosedRange<Double> {
            var low = Double.infinity, high = -Double.infinity
            for row in 0..<data.sampleCount {
                low = min(low, data.x[row, column])
                high = max(high, data.x[row, column])
            }
            if !(high > low) { low -= 0.5; high += 0.5 }
            let margin = (high - low) * padding
            return (low - margin)...(high + margin)
        }
        xRange = range(0)
        yRange = range(1)
        self.resolution = resolution
        var grid = Matrix(rows: resolution * resolution, columns: 2)
        for j in 0..<resolution {
            let y = yRange.lowerBound + Double(j) * (yRange.upperBound - yRange.lowerBound) / Double(resolution - 1)
            for i in 0..<resolution {
                let x = xRange.lowerBound + Double(i) * (xRange.upperBound - xRange.lowerBound) / Double(resolution - 1)
                grid[j * resolution + i, 0] = x
                grid[j * resolution + i, 1] = y
            }
        }
        inputs = grid
    }

    /// The model's output on the grid, as the plot wants it.
    func field(of network: Network, mode: String) -> DecisionField {
        let outputs = network.predict(inputs)
        let values: DecisionField.Values
        if outputs.columns == 1 {
            if mode == "classes" {
                // Scores 1 − o and o tie at o = ½: the class boundary, interpolated (smooth).
                values = .classScores(outputs.elements.map { [1 - $0, $0] })
            } else if case .activation(.sigmoid) = network.spec.layers.last {
                values = .probability(outputs.elements.map { min(1, max(0, $0)) })
            } else {
                // Not a probability: shade the output over its own range (tanh: −1…1; otherwise what the grid reaches).
                let range: ClosedRange<Double>
                if case .activation(.tanh) = network.spec.layers.last {
                    range = -1...1
                } else {
                    let finite = outputs.elements.filter(\.isFinite)
                    range = min(0.5, finite.min() ?? 0)...max(0.5, finite.max() ?? 1)
                }
                values = .output(outputs.elements.map { $0.isFinite ? $0 : 0.5 }, range: range, threshold: 0.5)
            }
        } else if mode == "classes" {
            // The highest output is the predicted class; boundaries where the top two tie.
            values = .classScores(outputs.nestedRows)
        } else {
            // Class probabilities give smooth boundaries (and shade confident regions).
            values = .classProbabilities(outputs.nestedRows)
        }
        return DecisionField(xRange: xRange, yRange: yRange, columns: resolution, rows: resolution, values: values)
    }
}
