/// A dataset request that cannot be met, from notebook input; the pipeline adds the location.
public enum DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An integer parameter below its minimum, e.g. `samples` of 0.
    case tooSmall(parameter: String, value: Int, minimum: Int)
    /// A real parameter outside its allowed range; `requirement` reads like "at least 0".
    case outOfRange(parameter: String, value: Double, requirement: String)
    /// A train/test split that would leave the training set empty.
    case emptyTrainingSet(samples: Int, testFraction: Double)
    /// A target value that is not a class index in `0..<classCount`.
    case notAClassIndex(row: Int, value: Double, classCount: Int)
    /// One-hot encoding asked of a dataset without class labels.
    case notClassification

    public var description: String {
        switch self {
        case let .tooSmall(parameter, value, minimum):
            "\(parameter) must be at least \(minimum), got \(value)"
        case let .outOfRange(parameter, value, requirement):
            "\(parameter) must be \(requirement), got \(Self.text(value))"
        case let .emptyTrainingSet(samples, testFraction):
            "with \(samples) samples and a test fraction of \(testFraction) the training set would be empty"
        case let .notAClassIndex(row, value, classCount):
            "target \(Self.text(value)) in sample \(row + 1) is not a class index from 0 to \(classCount - 1)"
        case .notClassification:
            "the targets are not class labels, so they cannot be one-hot encoded"
        }
    }

    /// `3` for whole numbers, Swift's shortest round-trip text otherwise (`0.25`).
    private static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
