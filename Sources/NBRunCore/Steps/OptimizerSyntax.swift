import NeuralEngine
import NotebookKit

/// Optimizers as a `{train}` step names them, with nnfs's defaults where nnfs has its own.
enum OptimizerSyntax {
    static let names = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]

    /// The optimizer from `optimizer`, `learning-rate`, `momentum`, `beta1`, `beta2`, `rho` and `epsilon`.
    /// Unwritten, the learning rate is 0.01 but nnfs's 1 for AdaGrad and 0.001 for RMSProp, and
    /// ε is 1e−8 for Adam but nnfs's 1e−7 for AdaGrad and RMSProp.
    static func optimizer(_ options: StepOptions) throws(Diagnostic) -> Optimizer {
        let name = try options.choice("optimizer")!
        func rate(nnfsDefault: Double? = nil) throws(Diagnostic) -> Double {
            if !options.has("learning-rate"), let nnfsDefault { return nnfsDefault }
            return try options.number("learning-rate")!
        }
        func epsilon(nnfsDefault: Double) throws(Diagnostic) -> Double {
            options.has("epsilon") ? try options.number("epsilon")! : nnfsDefault
        }
        switch name {
        case "momentum": return .momentum(learningRate: try rate(), momentum: try options.number("momentum")!)
        case "nesterov": return .nesterov(learningRate: try rate(), momentum: try options.number("momentum")!)
        case "adagrad": return .adagrad(learningRate: try rate(nnfsDefault: 1), epsilon: try epsilon(nnfsDefault: 1e-7))
        case "rmsprop":
            return .rmsprop(learningRate: try rate(nnfsDefault: 0.001), rho: try options.number("rho")!,
                            epsilon: try epsilon(nnfsDefault: 1e-7))
        case "adam":
            return .adam(learningRate: try rate(), beta1: try options.number("beta1")!,
                         beta2: try options.number("beta2")!, epsilon: try options.number("epsilon")!)
        default: return .sgd(learningRate: try rate())
        }
    }
}
