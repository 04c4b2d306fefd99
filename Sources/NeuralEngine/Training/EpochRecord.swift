/// One logged epoch (epochs count from 1).
public struct EpochRecord: Equatable, Sendable, Codable {
    public var epoch: Int
    public var loss: Double
    /// On the whole data set after the epoch, when the loss is a classification loss.
    public var accuracy: Double?

    public init(epoch: Int, loss: Double, accuracy: Double? = nil) {
        self.epoch = epoch
        self.loss = loss
        self.accuracy = accuracy
    }
}
