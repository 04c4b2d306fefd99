/// The target values a loss accepts, named for messages.
public enum LabelSet: Equatable, Sendable, CustomStringConvertible {
    /// `−1` and `+1` (``Loss/hinge``).
    case signs
    /// Whole numbers `0 … count − 1`, or one-hot rows (``Loss/multiclassHinge``).
    case classIndices(count: Int)
    /// Numbers from 0 to 1: labels 0 and 1, or probabilities (``Loss/binaryCrossEntropy``).
    case unitInterval

    /// Whether `value` is one of these labels.
    public func contains(_ value: Double) -> Bool {
        switch self {
        case .signs: value == -1 || value == 1
        case .classIndices(let count): value >= 0 && value < Double(count) && value.rounded() == value
        case .unitInterval: value >= 0 && value <= 1
        }
    }

    public var description: String {
        switch self {
        case .signs: "labels −1 and +1"
        case .classIndices(let count): "class indices 0…\(count - 1) (or one-hot rows)"
        case .unitInterval: "labels 0 and 1 (or probabilities between them)"
        }
    }
}
