import NeuralEngine
import NotebookKit

/// Whether the data fits the model and the loss: the engine's own validation
/// (``Network/validate(inputs:targets:loss:)``, the one set of rules), worded for a
/// notebook with the hint that fixes it.
enum ShapeCheck {
    /// - Parameters:
    ///   - loss: where the loss was chosen (errors about targets point there).
    ///   - step: the step's name (errors about inputs point there).
    static func check(_ network: Network, data: Dataset, loss: Loss, lossAt lossLocation: SourceLocation,
                      stepAt stepLocation: SourceLocation) throws(Diagnostic) {
        let outputs = network.outputCount
        if loss == .crossEntropy {
            guard let classes = data.classCount else {
                throw .error("cross-entropy needs class labels, but the data has numeric targets", at: lossLocation)
            }
            guard outputs == classes else {
                throw .error("cross-entropy over \(classes) classes needs a model with \(classes) outputs, but it has \(outputs)",
                             at: lossLocation)
            }
        }
        do {
            try network.validate(inputs: data.x, targets: data.y, loss: loss)
        } catch {
            switch error {
            case .inputWidth(let expected, let columns):
                throw .error("the model expects \(expected) inputs but the data has \(columns) features", at: stepLocation)
            case .targetWidth(let expected, let columns):
                let hint = data.classCount.map { ["for \($0) classes use 'one-hot: true' in {dataset}, or loss: cross-entropy with softmax"] } ?? []
                throw .error("the model has \(expected) output\(expected == 1 ? "" : "s") but the data has \(columns) target column\(columns == 1 ? "" : "s")",
                             at: lossLocation, notes: hint)
            case .empty, .rowCountMismatch, .badClassIndex, .notFinite:
                throw .error(error.description, at: lossLocation)
            }
        }
    }
}
