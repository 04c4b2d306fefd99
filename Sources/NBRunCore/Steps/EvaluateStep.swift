import Numerals
import NeuralEngine
import NotebookKit

/// `{evaluate}`: loss, accuracy and a confusion matrix on the training and test data.
struct EvaluateStep: NotebookStep {
    static let name = "evaluate"
    static let example = """
        confusion: true
        """
    static let summary = "Reports the loss and, for classification, the accuracy and confusion matrix, on the training data and the test data."

    struct Options: StepOptionList {
        let loss = OptionalStepOption("loss", .choice(LossName.self), "The loss to report (default: that of the last training, else mse).")
        let confusion = StepOption("confusion", .boolean, default: true, "Show the confusion matrix for classification.")
    }

    static func run(_ options: StepOptions<Options>, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let model = try context.requireModel(at: options.step.nameLocation, for: name)
        let data = try context.requireData(at: options.step.nameLocation, for: name)
        let network = model.network
        let loss = LossName.reported(options[\.loss], context: context)
        var parts: [ResultPart] = []
        var sets: [(String, Dataset)] = [("training data", data.train)]
        if let test = data.test { sets.append(("test data", test)) }
        var metrics: [Metric] = []
        for (label, set) in sets {
            metrics.append(Metric("loss on the \(label)", .number(network.loss(inputs: set.x, targets: set.y, loss: loss), .significant(6))))
            if set.classCount != nil {
                metrics.append(Metric("accuracy on the \(label)", .number(network.accuracy(inputs: set.x, targets: set.y), .percent(1))))
            }
        }
        parts.append(.metrics(metrics))
        if options[\.confusion], data.train.classCount != nil {
            for (label, set) in sets {
                parts.append(.table(confusionTable(network.confusionMatrix(inputs: set.x, targets: set.y), names: set.classNames, label: label)))
            }
        }
        return parts
    }

    static func confusionTable(_ matrix: ConfusionMatrix, names: [String]?, label: String) -> ResultTable {
        let names = names ?? (0..<matrix.classCount).map(String.init)
        let columns = [ResultTable.Column("actual ↓ / predicted →", numeric: false)] + names.map { ResultTable.Column($0) }
        let rows = matrix.counts.enumerated().map { index, counts in
            [Cell.text(names[index])] + counts.map { Cell.integer($0) }
        }
        return ResultTable(caption: "Confusion matrix on the \(label)", columns: columns, rows: rows)
    }
}
