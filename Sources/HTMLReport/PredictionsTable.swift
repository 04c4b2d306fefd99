import Markup

/// Inputs, targets and the model's outputs side by side, one row per example, with an
/// optional "correct" column (✓ / ✗, also written out for screen readers as the cell's text).
public struct PredictionsTable: Sendable {
    /// The caption (may hold math).
    public var caption: [Node]
    public var inputNames: [String]
    public var outputNames: [String]
    public var inputs: [[Double]]
    public var targets: [[Double]]
    public var outputs: [[Double]]
    public var correct: [Bool]?
    public var precision: Int

    public init(
        caption: [Node], inputNames: [String], outputNames: [String], inputs: [[Double]],
        targets: [[Double]], outputs: [[Double]], correct: [Bool]? = nil, precision: Int = 4
    ) {
        precondition(inputs.count == targets.count && targets.count == outputs.count, "one target and output per input")
        precondition(correct == nil || correct!.count == inputs.count)
        self.caption = caption
        self.inputNames = inputNames
        self.outputNames = outputNames
        self.inputs = inputs
        self.targets = targets
        self.outputs = outputs
        self.correct = correct
        self.precision = precision
    }

    public init(
        caption: String = "Predictions", inputNames: [String], outputNames: [String], inputs: [[Double]],
        targets: [[Double]], outputs: [[Double]], correct: [Bool]? = nil, precision: Int = 4
    ) {
        self.init(caption: [.text(caption)], inputNames: inputNames, outputNames: outputNames, inputs: inputs,
                  targets: targets, outputs: outputs, correct: correct, precision: precision)
    }

    public var node: Node {
        var columns = inputNames.map(TableColumn.number)
        columns += outputNames.map { TableColumn.number("target " + $0) }
        columns += outputNames.map { TableColumn.number("output " + $0) }
        if correct != nil { columns.append(TableColumn("correct", alignment: .center)) }
        let inputStyle = NumberStyle.significant(precision)
        let outputStyle = NumberStyle.fixed(precision)
        let rows: [[Node]] = inputs.indices.map { index in
            var cells = inputs[index].map { Node.text(inputStyle.format($0)) }
            cells += targets[index].map { .text(inputStyle.format($0)) }
            cells += outputs[index].map { .text(outputStyle.format($0)) }
            if let correct {
                cells.append(correct[index]
                    ? .element("span", ["class": "nb-yes"], text: "✓ yes")
                    : .element("span", ["class": "nb-no"], text: "✗ no"))
            }
            return cells
        }
        return Table(caption: caption, columns: columns, rows: rows).node.addingClass("nb-predictions")
    }
}
