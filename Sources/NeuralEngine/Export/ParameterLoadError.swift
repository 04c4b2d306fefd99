/// Why saved parameters cannot be loaded into a network.
public enum ParameterLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not JSON of the expected shape.
    case unreadable(String)
    /// The file's parameter blocks differ from the network's (first difference, in words).
    case layoutMismatch(String)
    /// A value that is not a finite number.
    case notFinite(index: Int)

    public var description: String {
        switch self {
        case .unreadable(let reason): "cannot read the parameters: \(reason)"
        case .layoutMismatch(let reason): "the saved parameters do not fit this model: \(reason)"
        case .notFinite(let index): "saved parameter \(index) is not a finite number"
        }
    }
}
