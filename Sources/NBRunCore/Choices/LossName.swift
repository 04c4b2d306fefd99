import NeuralEngine

/// The engine's losses as notebooks name them: the one list of loss names (options,
/// documentation, suggestions). A loss the engine adds is a compile error in
/// ``init(_:)`` until it has a name here.
public enum LossName: String, NotebookChoice {
    case mse
    case halfMSE = "half-mse"
    case crossEntropy = "cross-entropy"
    case binaryCrossEntropy = "binary-cross-entropy"

    public var loss: Loss {
        switch self {
        case .mse: .meanSquaredError
        case .halfMSE: .halfSquaredError
        case .crossEntropy: .crossEntropy
        case .binaryCrossEntropy: .binaryCrossEntropy
        }
    }

    public init(_ loss: Loss) {
        switch loss {
        case .meanSquaredError: self = .mse
        case .halfSquaredError: self = .halfMSE
        case .crossEntropy: self = .crossEntropy
        case .binaryCrossEntropy: self = .binaryCrossEntropy
        }
    }

    /// In words, for axis labels: "mean squared error".
    public var words: String {
        switch self {
        case .mse: "mean squared error"
        case .halfMSE: "half squared error"
        case .crossEntropy: "cross-entropy"
        case .binaryCrossEntropy: "binary cross-entropy"
        }
    }
}
