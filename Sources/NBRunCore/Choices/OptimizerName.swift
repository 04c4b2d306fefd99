import NeuralEngine

/// The engine's update rules as notebooks name them. Their hyperparameter defaults
/// are the engine's own (``defaults``), so the documentation and a notebook that
/// leaves them out agree with the engine and its numpy reference.
public enum OptimizerName: String, NotebookChoice {
    case sgd, momentum, adam

    /// The name of an engine optimizer; an optimizer the engine adds is a compile error here.
    public init(_ optimizer: Optimizer) {
        switch optimizer {
        case .sgd: self = .sgd
        case .momentum: self = .momentum
        case .adam: self = .adam
        }
    }

    /// The engine's default β₁, β₂ and ε for Adam (`Optimizer.adam(learningRate:)`'s defaults).
    public static let adamDefaults: (beta1: Double, beta2: Double, epsilon: Double) = {
        guard case .adam(_, let beta1, let beta2, let epsilon) = Optimizer.adam(learningRate: 1) else {
            preconditionFailure("Optimizer.adam makes an Adam optimizer")
        }
        return (beta1, beta2, epsilon)
    }()
}
