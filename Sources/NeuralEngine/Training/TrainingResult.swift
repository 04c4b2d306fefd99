

/// What a training run produced.
public struct TrainingResult: Equatable, Sendable {
    /// Mean loss over all samples before the first update (NaN when not measured, see
    /// ``TrainingOptions/measuresInitialLoss``).
    public var initialLoss: Double
    /// One data loss per epoch run (`losses[e − 1]` is epoch `e`), measured per ``TrainingOptions/epochLoss``.
    public var losses: [Double]
    /// The weight penalty `P(θ)` before the first update (0 without regularisation).
    public var initialPenalty: Double = 0
    /// One penalty per epoch, measured like ``losses`` (see ``Penalty``); empty without regularisation.
    /// The objective minimised is `losses[i] + penalties[i]`; best epoch and stop target read ``losses``.
    public var penalties: [Double] = []
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

    public init(
        initialLoss: Double, losses: [Double], log: [EpochRecord], bestEpoch: Int, bestLoss: Double,
        stopReason: StopReason, snapshots: [ParameterSnapshot], forwardPasses: Int, updates: Int
    ) {
        self.initialLoss = initialLoss
        self.losses = losses
        self.log = log
        self.bestEpoch = bestEpoch
        self.bestLoss = bestLoss
        self.stopReason = stopReason
        self.snapshots = snapshots
        self.forwardPasses = forwardPasses
        self.updates = updates
    }
}
