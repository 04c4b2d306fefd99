import Numerals
import NeuralEngine
import NotebookKit

/// `{gradient check}`: backpropagation against central differences, layer by layer.
struct GradientCheckStep: NotebookStep {
    static let name = "gradient check"
    static let example = """
        h: 1e-5
        threshold: 1e-6
        """
    static let summary = "Compares the gradient from backpropagation with central differences (L(θ + h) − L(θ − h)) / 2h for the current model and data, and reports the largest relative error of each layer's weights and biases against a threshold."

    struct Options: StepOptionList {
        let loss = OptionalStepOption("loss", .choice(LossName.self), "The loss to differentiate (default: that of the last training, else mse).")
        let h = StepOption("h", .positiveNumber, default: 1e-5, "Step h of the central differences.")
        let threshold = StepOption("threshold", .positiveNumber, default: 1e-6,
                               "The check passes when every relative error |a − b| / max(|a| + |b|, tiny) is below this.")
    }

    static func run(_ options: StepOptions<Options>, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let model = try context.requireModel(at: options.step.nameLocation, for: name)
        let data = try context.requireData(at: options.step.nameLocation, for: name)
        let loss = LossName.reported(options[\.loss], context: context)
        let threshold = options[\.threshold]
        let check = GradientCheck(loss: loss, reduction: context.trainings.last?.options.reduction ?? .mean,
                                  step: options[\.h], threshold: threshold)
        let report: GradientCheck.Report
        do {
            report = try check.run(on: model.network, inputs: data.train.x, targets: data.train.y)
        } catch {
            throw .error(error.description, at: options.step.nameLocation, length: name.utf8.count)
        }
        let rows = report.layers.map { layer in
            [Cell.text(layer.name), .number(layer.weightError, .scientific(2)),
             layer.biasError.map { Cell.number($0, .scientific(2)) } ?? .missing, .text(layer.passed ? "✓ pass" : "✗ fail")]
        }
        let table = ResultTable(
            caption: "Largest relative error between backpropagation and central differences, per layer",
            columns: [.init("layer", numeric: false), .init("weights $W$"), .init("biases $b$"), .init("", numeric: false)],
            rows: rows)
        let verdict = report.passed
            ? Callout(.success, "Gradient check passed: the largest relative error is \(NumberStyle.scientific(2).format(report.maximumError)), below the threshold \(NumberStyle.scientific(0).format(threshold)).")
            : Callout(.error, "Gradient check failed: the largest relative error is \(NumberStyle.scientific(2).format(report.maximumError)), above the threshold \(NumberStyle.scientific(0).format(threshold)).")
        if !report.passed {
            context.warnings.append(.warning("gradient check failed: largest relative error \(NumberStyle.scientific(2).format(report.maximumError)) > \(threshold)",
                                             at: options.step.nameLocation, length: name.utf8.count))
        }
        return [.table(table), .callout(verdict)]
    }
}
