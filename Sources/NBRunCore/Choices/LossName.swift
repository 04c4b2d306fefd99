import NeuralEngine

/// The engine's losses as notebooks name them: the one list of loss names (options,
/// documentation, suggestions). A loss the engine adds is a compile error in
/// ``init(_:)`` until it has a name here.
public enum LossName: String, NotebookChoice {
    case mse
    case halfMSE = "half-mse"
    case crossEntropy = "cross-entropy"
    case binaryCrossEntropy = "binary-cross-entropy"
    case hinge
    case svm
    case huber

    /// The engine's loss; Huber's threshold is `huberDelta` (the `delta` option).
    public func loss(huberDelta: Double) -> Loss {
        switch self {
        case .mse: .meanSquaredError
        case .halfMSE: .halfSquaredError
        case .crossEntropy: .crossEntropy
        case .binaryCrossEntropy: .binaryCrossEntropy
        case .hinge: .hinge
        case .svm: .multiclassHinge
        case .huber: .huber(delta: huberDelta)
        }
    }

    /// The engine's loss with Huber's default threshold δ = 1.
    public var loss: Loss { loss(huberDelta: 1) }

    public init(_ loss: Loss) {
        switch loss {
        case .meanSquaredError: self = .mse
        case .halfSquaredError: self = .halfMSE
        case .crossEntropy: self = .crossEntropy
        case .binaryCrossEntropy: self = .binaryCrossEntropy
        case .hinge: self = .hinge
        case .multiclassHinge: self = .svm
        case .huber: self = .huber
        }
    }

    /// In words, for axis labels: "mean squared error".
    public var words: String { loss.name }
}
