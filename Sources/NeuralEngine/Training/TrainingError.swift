/// A training run's setup problem: bad options or data that does not fit.
public enum TrainingError: Error, Equatable, Sendable, CustomStringConvertible {
    case options(TrainingOptionsError)
    case data(DataShapeError)
    /// Targets that do not fit the loss (never re-coded to fit).
    case labels(LabelError)

    public var description: String {
        switch self {
        case .options(let error): error.description
        case .data(let error): error.description
        case .labels(let error): error.description
        }
    }
}
