import Numerals
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

    struct Options: StepOptionList {
        let on = StepOption("on", .choice(DataPart.self), default: .train, "Which part of the data to predict.")
        let x = OptionalStepOption("X", .matrix, "Inputs written here instead, one row per sample: `[[1, 2, 3, 2.5]]`.")
        let rows = StepOption("rows", .integer(1...100_000), default: 20, "At most this many rows are shown.")
        let precision = StepOption("precision", .integer(0...12), default: 4, "Decimals shown.")
        let threshold = StepOption("threshold", .fraction, default: 0.5, "For one output and class labels, outputs above this count as class 1.")
        let caption = OptionalStepOption("caption", .inlineMarkdown, "A caption for the table (Markdown, may contain math).")
    }

    static func run(_ options: StepOptions<Options>, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let model = try context.requireModel(at: options.step.nameLocation, for: name)
        let network = model.network
        let precision = options[\.precision]
        let limit = options[\.rows]
        let threshold = options[\.threshold]
        let inputs: Matrix
        var data: Dataset?
        if let rows = options[\.x] {
            inputs = Matrix(rows)
            guard inputs.columns == network.inputCount else {
                throw options.error("the model takes \(network.inputCount) inputs per row, but X has \(inputs.columns) columns", about: \.x)
            }
        } else {
            let loaded = try context.requireData(at: options.step.nameLocation, for: name)
            let chosen: Dataset
            switch options[\.on] {
            case .train: chosen = loaded.train
            case .test:
                guard let test = loaded.test else {
                    throw .error("there is no test data: add 'test-split' to the {dataset} step", at: options.keyLocation(\.on))
                }
                chosen = test
            }
            data = chosen
            inputs = chosen.x
        }
        let outputs = network.predict(inputs)
        let shown = min(inputs.rows, limit)
        let classification = data?.classCount != nil
        var columns = (0..<inputs.columns).map { ResultTable.Column("$x_{\($0 + 1)}$") }
        if let data { columns += data.targetNames.map { _ in ResultTable.Column(data.targetCount == 1 ? "target $y$" : "target") } }
        columns += (0..<outputs.columns).map { ResultTable.Column(outputs.columns == 1 ? "output $\\hat{y}$" : "$\\hat{y}_{\($0 + 1)}$") }
        if classification { columns += [ResultTable.Column("predicted class", numeric: false), ResultTable.Column("correct", numeric: false)] }
        let predicted = classification ? Network.classes(ofPredictions: outputs, threshold: threshold) : []
        let actual = data.map { Network.classes(ofTargets: $0.y, outputs: max(2, $0.classCount ?? 2)) } ?? []
        var correct = 0
        var rows: [[Cell]] = []
        for row in 0..<inputs.rows {
            var ok = false
            if classification {
                ok = predicted[row] == actual[row]
                if ok { correct += 1 }
            }
            guard row < shown else { continue }
            let style = NumberStyle.fixed(precision)
            var cells = (0..<inputs.columns).map { Cell.number(inputs[row, $0], style) }
            if let data { cells += (0..<data.targetCount).map { Cell.number(data.y[row, $0], style) } }
            cells += (0..<outputs.columns).map { Cell.number(outputs[row, $0], style) }
            if classification, let data {
                let names = data.classNames ?? []
                cells.append(.text(predicted[row] < names.count ? names[predicted[row]] : "\(predicted[row])"))
                cells.append(.text(ok ? "✓" : "✗"))
            }
            rows.append(cells)
        }
        var footnote: String?
        if inputs.rows > shown { footnote = "… and \(NumberStyle.integer.format(inputs.rows - shown)) more rows" }
        if classification {
            let summary = "\(correct) of \(inputs.rows) correct (\(NumberStyle.percent(1).format(Double(correct) / Double(max(1, inputs.rows)))))"
            footnote = footnote.map { "\($0). \(summary)." } ?? summary + "."
        }
        return [.table(ResultTable(caption: options[\.caption] ?? "Predictions", columns: columns, rows: rows, footnote: footnote.map(InlineMarkdown.init(generated:))))]
    }
}
