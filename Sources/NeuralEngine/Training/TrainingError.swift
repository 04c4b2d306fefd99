/// A training run's setup problem: bad options or data that does not fit.
public enum TrainingError: Error, Equatable, Sendable, CustomStringConvertible {
    case options(TrainingOptionsError)
    case data(DataShapeError)

    public var description: String {
        switch self {
        case .options(let error): error.description
        case .data(let error): error.description
        }
    }
}
