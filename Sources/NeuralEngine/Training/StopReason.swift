/// Why training stopped.
public enum StopReason: Equatable, Sendable {
    /// All epochs ran.
    case completed
    /// The epoch loss reached ``TrainingOptions/stopAt`` at this epoch.
    case reachedTarget(epoch: Int)
    /// A loss became NaN or infinite during this epoch.
    case diverged(epoch: Int)
}
