import NeuralEngine
import NotebookKit

/// `{predict}`: the model's outputs next to the targets.
struct PredictStep: NotebookStep {
    static let name = "predict"
    static let example = """
        X: [[0, 0], [0, 1], [1, 0], [1, 1]]
        precision: 3
        """
    static let summary = "Runs the model forward and tables its outputs next to the targets, on the training data, the test data, or inputs written in the step."

    static let options: [OptionSpec] = [
        OptionSpec("on", .choice(["train", "test"]), default: "train", "Which part of the data to predict."),
        OptionSpec("X", .matrix, "Inputs written here instead, one row per sample: `[[1, 2, 3, 2.5]]`."),
        OptionSpec("rows", .integer(1...100_000), default: "20", "At most this many rows are shown."),
        OptionSpec("precision", .integer(0...12), default: "4", "Decimals shown."),
        OptionSpec("threshold", .fraction, default: "0.5", "For one output and class labels, outputs above this count as class 1."),
        OptionSpec("caption", .text, "A caption for the table (Markdown, may contain math)."),
    ]

    static func run(_ options: StepOptions, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let model = try context.requireModel(at: options.step.nameLocation, for: name)
        let network = model.network
        let precision = try options.integer("precision")!
        let limit = try options.integer("rows")!
        let threshold = try options.number("threshold")!
        var inputs: Matrix
        var data: Dataset?
        if let rows = try options.matrix("X") {
            inputs = Matrix(rows)
            guard inputs.columns == network.inputCount else {
                throw options.value("X")!.error("the model takes \(network.inputCount) inputs per row, but X has \(inputs.columns) columns")
            }
        } else {
            let loaded = try context.requireData(at: options.step.nameLocation, for: name)
            if try options.choice("on")! == "test" {
                guard let test = loaded.test else {
                    throw .error("there is no test data: add 'test-split' to the {dataset} step", at: options.keyLocation("on"))
                }
                data = test
            } else {
                data = loaded.train
            }
            inputs = data!.x
        }
        let outputs = network.predict(inputs)
        let shown = min(inputs.rows, limit)
        let classification = data?.classCount != nil
        var columns = (0..<inputs.columns).map { ResultTable.Column("$x_{\($0 + 1)}$") }
        if let data { columns += data.targetNames.map { _ in ResultTable.Column(data.targetCount == 1 ? "target $y$" : "target") } }
        columns += (0..<outputs.columns).map { ResultTable.Column(outputs.columns == 1 ? "output $\\hat{y}$" : "$\\hat{y}_{\($0 + 1)}$") }
        if classification { columns += [ResultTable.Column("predicted class", numeric: false), ResultTable.Column("correct", numeric: false)] }
        let predicted = classification ? predictedClasses(outputs, threshold: threshold) : []
        var correct = 0
        var rows: [[String]] = []
        for row in 0..<inputs.rows {
            var ok = false
            if classification, let data {
                let actual = actualClass(data, row: row)
                ok = predicted[row] == actual
                if ok { correct += 1 }
            }
            guard row < shown else { continue }
            var cells = (0..<inputs.columns).map { NumberFormat.fixed(inputs[row, $0], digits: precision) }
            if let data { cells += (0..<data.targetCount).map { NumberFormat.fixed(data.y[row, $0], digits: precision) } }
            cells += (0..<outputs.columns).map { NumberFormat.fixed(outputs[row, $0], digits: precision) }
            if classification, let data {
                let names = data.classNames ?? []
                cells.append(predicted[row] < names.count ? names[predicted[row]] : "\(predicted[row])")
                cells.append(ok ? "✓" : "✗")
            }
            rows.append(cells)
        }
        var footnote: String?
        if inputs.rows > shown { footnote = "… and \(NumberFormat.integer(inputs.rows - shown)) more rows" }
        if classification {
            let summary = "\(correct) of \(inputs.rows) correct (\(NumberFormat.percent(Double(correct) / Double(max(1, inputs.rows)))))"
            footnote = footnote.map { "\($0). \(summary)." } ?? summary + "."
        }
        return [.table(ResultTable(caption: options.text("caption") ?? "Predictions", columns: columns, rows: rows, footnote: footnote))]
    }

    /// Argmax for several outputs; for one output, 1 when above the threshold.
    static func predictedClasses(_ outputs: Matrix, threshold: Double) -> [Int] {
        (0..<outputs.rows).map { row in
            if outputs.columns == 1 { return outputs[row, 0] > threshold ? 1 : 0 }
            var best = 0
            for column in 1..<outputs.columns where outputs[row, column] > outputs[row, best] { best = column }
            return best
        }
    }

    /// The class of sample `row`: its label, or the argmax of a one-hot row.
    static func actualClass(_ data: Dataset, row: Int) -> Int {
        if data.targetCount == 1 { return Int(data.y[row, 0]) }
        var best = 0
        for column in 1..<data.targetCount where data.y[row, column] > data.y[row, best] { best = column }
        return best
    }
}
