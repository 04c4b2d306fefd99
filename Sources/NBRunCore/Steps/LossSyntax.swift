import NeuralEngine
import NotebookKit

extension LossName {
    /// The loss a step reports on: its own `loss` option, else the last training's, else MSE.
    /// A written `huber` keeps the last training's δ when that was Huber too.
    static func reported(_ written: LossName?, context: RunContext) -> Loss {
        let last = context.trainings.last?.options.loss
        if written == .huber, case .huber? = last { return last! }
        return written?.loss ?? last ?? LossName.mse.loss
    }
}
