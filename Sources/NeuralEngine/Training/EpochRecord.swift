/// One logged epoch (epochs count from 1).
public struct EpochRecord: Equatable, Sendable, Codable {
    public var epoch: Int
    /// The data loss (without any penalty).
    public var loss: Double
    /// The weight penalty `P(θ)` measured like ``loss``, when training is regularised;
    /// the objective minimised is `loss + penalty`.
    public var penalty: Double?
    /// On the whole data set after the epoch, when the loss is a classification loss.
    public var accuracy: Double?

    public init(epoch: Int, loss: Double, penalty: Double? = nil, accuracy: Double? = nil) {
        self.epoch = epoch
        self.loss = loss
        self.penalty = penalty
        self.accuracy = accuracy
    }
}
