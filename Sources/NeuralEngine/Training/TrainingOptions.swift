

/// Everything a training run needs besides the network and the data.
public struct TrainingOptions: Equatable, Sendable {
    public var epochs: Int
    public var loss: Loss
    public var optimizer: Optimizer
    public var reduction: Reduction = .mean
    /// How the learning rate moves from the optimizer's base rate.
    public var schedule: LearningRateSchedule = .constant
    /// A weight penalty added to the data loss (``Penalty``); ``Regularization/none`` costs nothing.
    public var regularization: Regularization = .none
    /// `η_t = η / (1 + decay·t)`, `t` = updates so far (nnfs): ``LearningRateSchedule/inverseTime(decay:)``
    /// seen as a number; 0 for every other schedule, and setting 0 makes the schedule constant.
    public var learningRateDecay: Double {
        get { if case .inverseTime(let decay) = schedule { decay } else { 0 } }
        set { schedule = newValue == 0 ? .constant : .inverseTime(decay: newValue) }
    }
    public var batching: Batching = .perSample
    public var gradients: GradientMethod = .backpropagation
    public var epochLoss: EpochLossMeasure = .duringEpoch
    /// Log a row for epochs `1, 1 + k, 1 + 2k, …` (seed 003's `epoch % 100 == 0`, counting from 0); 0 logs none.
    public var logEvery: Int = 0
    /// Keep the lowest epoch loss (the initial loss counts as epoch 0) and restore its parameters at the end (seed 000).
    /// With ``EpochLossMeasure/duringEpoch`` the kept parameters are those at the END of the best epoch,
    /// while its loss was measured during it; use ``EpochLossMeasure/afterEpoch`` for an exact pair.
    public var keepBest: Bool = false
    /// Stop once an epoch loss is at or below this.
    public var stopAt: Double? = nil
    /// Epochs after which to save a copy of the parameters; 0 means the initial parameters.
    public var snapshotEpochs: [Int] = []
    /// Differentiate a final softmax together with cross-entropy: `(ŷ − y)/n`.
    public var fuseSoftmaxCrossEntropy: Bool = true
    /// Measure the loss of the initial parameters (one extra pass over the data) before
    /// training; without it ``TrainingResult/initialLoss`` is NaN and epoch 0 is never the best.
    public var measuresInitialLoss: Bool = true

    public init(
        epochs: Int, loss: Loss, optimizer: Optimizer, reduction: Reduction = .mean, learningRateDecay: Double = 0,
        batching: Batching = .perSample, gradients: GradientMethod = .backpropagation,
        epochLoss: EpochLossMeasure = .duringEpoch, logEvery: Int = 0, keepBest: Bool = false, stopAt: Double? = nil,
        snapshotEpochs: [Int] = [], fuseSoftmaxCrossEntropy: Bool = true, measuresInitialLoss: Bool = true
    ) {
        self.epochs = epochs
        self.loss = loss
        self.optimizer = optimizer
        self.reduction = reduction
        self.schedule = learningRateDecay == 0 ? .constant : .inverseTime(decay: learningRateDecay)
        self.batching = batching
        self.gradients = gradients
        self.epochLoss = epochLoss
        self.logEvery = logEvery
        self.keepBest = keepBest
        self.stopAt = stopAt
        self.snapshotEpochs = snapshotEpochs
        self.fuseSoftmaxCrossEntropy = fuseSoftmaxCrossEntropy
        self.measuresInitialLoss = measuresInitialLoss
    }

    /// Checks every setting; the message names the setting.
    public func validate() throws(TrainingOptionsError) {
        guard epochs >= 1 else { throw TrainingOptionsError(setting: "epochs", reason: "must be at least 1, got \(epochs)") }
        if let problem = optimizer.problem { throw TrainingOptionsError(setting: "optimizer", reason: problem) }
        if let problem = schedule.problem {
            let setting = if case .inverseTime = schedule { "decay" } else { "schedule" }
            throw TrainingOptionsError(setting: setting, reason: problem)
        }
        if let problem = regularization.problem { throw TrainingOptionsError(setting: "regularization", reason: problem) }
        if case .miniBatch(let size, _) = batching, size < 1 {
            throw TrainingOptionsError(setting: "batch", reason: "size must be at least 1, got \(size)")
        }
        if case .centralDifferences(let step) = gradients, !(step > 0 && step.isFinite) {
            throw TrainingOptionsError(setting: "step", reason: "must be a positive number")
        }
        guard logEvery >= 0 else { throw TrainingOptionsError(setting: "logEvery", reason: "must be ≥ 0") }
        if let stopAt, !stopAt.isFinite { throw TrainingOptionsError(setting: "stopAt", reason: "must be a finite number") }
        if let bad = snapshotEpochs.first(where: { $0 < 0 || $0 > epochs }) {
            throw TrainingOptionsError(setting: "snapshots", reason: "epoch \(bad) is outside 0…\(epochs)")
        }
    }
}
