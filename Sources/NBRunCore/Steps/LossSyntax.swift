import NeuralEngine
import NotebookKit

/// Losses as notebooks name them.
enum LossSyntax {
    static let names = ["mse", "half-mse", "cross-entropy", "binary-cross-entropy"]

    /// The loss for a validated choice (one of ``names``).
    static func loss(_ name: String) -> Loss {
        switch name {
        case "half-mse": .halfSquaredError
        case "cross-entropy": .crossEntropy
        case "binary-cross-entropy": .binaryCrossEntropy
        default: .meanSquaredError
        }
    }

    /// The `loss` option of a step, or else the last training's loss, or else MSE.
    static func loss(_ options: StepOptions, context: RunContext) throws(Diagnostic) -> Loss {
        if let name = try options.choice("loss") { return loss(name) }
        return context.trainings.last?.options.loss ?? .meanSquaredError
    }
}
