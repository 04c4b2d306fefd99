/// Data that does not fit the network or the loss.
public enum DataShapeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// There are no samples.
    case empty
    /// Input rows have `columns` features but the network takes `expected`.
    case inputWidth(expected: Int, columns: Int)
    /// Inputs and targets have different numbers of rows.
    case rowCountMismatch(inputs: Int, targets: Int)
    /// Target rows have `columns` values; the loss needs `expected` (or 1 class index for cross-entropy).
    case targetWidth(expected: Int, columns: Int)
    /// A class-index target that is not a whole number in `0 ..< classes`.
    case badClassIndex(row: Int, value: Double, classes: Int)
    /// A NaN or infinite input or target.
    case notFinite(row: Int)

    public var description: String {
        switch self {
        case .empty: "the data set has no samples"
        case .inputWidth(let expected, let columns): "the network takes \(expected) inputs but the data has \(columns) columns"
        case .rowCountMismatch(let inputs, let targets): "\(inputs) input rows but \(targets) target rows"
        case .targetWidth(let expected, let columns): "the network gives \(expected) outputs but the targets have \(columns) columns"
        case .badClassIndex(let row, let value, let classes): "row \(row + 1): class \(value) is not one of 0…\(classes - 1)"
        case .notFinite(let row): "row \(row + 1) holds a value that is not a finite number"
        }
    }
}
