import NeuralEngine
import NotebookKit

extension LossName {
    /// The loss a step reports on: its own `loss` option, else the last training's, else MSE.
    static func reported(_ written: LossName?, context: RunContext) -> Loss {
        written?.loss ?? context.trainings.last?.options.loss ?? LossName.mse.loss
    }
}
