/// Why training stopped.
public enum StopReason: Equatable, Sendable {
    /// All epochs ran.
    case completed
    /// The epoch loss reached ``TrainingOptions/stopAt`` at this epoch.
    case reachedTarget(epoch: Int)
    /// A loss became NaN or infinite during this epoch.
    case diverged(epoch: Int)
}

/// One logged epoch (epochs count from 1).
public struct EpochRecord: Equatable, Sendable, Codable {
    public var epoch: Int
    public var loss: Double
    /// On the whole data set after the epoch, when the loss is a classification loss.
    public var accuracy: Double?
}

/// A copy of the flat parameters after an epoch (0 = before training).
public struct ParameterSnapshot: Equatable, Sendable, Codable {
    public var epoch: Int
    public var parameters: [Double]
}

/// What a training run produced.
public struct TrainingResult: Equatable, Sendable {
    /// Mean loss over all samples before the first update (NaN when not measured, see
    /// ``TrainingOptions/measuresInitialLoss``).
    public var initialLoss: Double
    /// One loss per epoch run (`losses[e − 1]` is epoch `e`), measured per ``TrainingOptions/epochLoss``.
    public var losses: [Double]
    /// Rows for the epochs chosen by ``TrainingOptions/logEvery``.
    public var log: [EpochRecord]
    /// The epoch with the lowest loss (0 = the initial parameters) and that loss.
    public var bestEpoch: Int
    public var bestLoss: Double
    public var stopReason: StopReason
    public var snapshots: [ParameterSnapshot]
    /// Forward passes over a batch, including the partial passes of central differences
    /// and the full passes that measure losses.
    public var forwardPasses: Int
    /// Parameter updates applied.
    public var updates: Int

    public var epochsRun: Int { losses.count }
}
