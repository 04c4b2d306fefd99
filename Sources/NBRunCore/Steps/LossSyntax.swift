import NeuralEngine
import NotebookKit

/// Losses as notebooks name them.
enum LossSyntax {
    static let names = ["mse", "half-mse", "cross-entropy", "binary-cross-entropy", "hinge", "svm", "huber"]

    /// The loss for a validated choice (one of ``names``); `delta` is Huber's δ.
    static func loss(_ name: String, delta: Double = 1) -> Loss {
        switch name {
        case "half-mse": .halfSquaredError
        case "cross-entropy": .crossEntropy
        case "binary-cross-entropy": .binaryCrossEntropy
        case "hinge": .hinge
        case "svm": .multiclassHinge
        case "huber": .huber(delta: delta)
        default: .meanSquaredError
        }
    }

    /// The `loss` option of a step, or else the last training's loss, or else MSE.
    static func loss(_ options: StepOptions, context: RunContext) throws(Diagnostic) -> Loss {
        if let name = try options.choice("loss") {
            if name == "huber", case .huber(let delta)? = context.trainings.last?.options.loss { return .huber(delta: delta) }
            return loss(name)
        }
        return context.trainings.last?.options.loss ?? .meanSquaredError
    }
}
