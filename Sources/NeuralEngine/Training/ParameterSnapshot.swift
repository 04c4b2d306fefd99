/// A copy of the flat parameters after an epoch (0 = before training).
public struct ParameterSnapshot: Equatable, Sendable, Codable {
    public var epoch: Int
    public var parameters: [Double]

    public init(epoch: Int, parameters: [Double]) {
        self.epoch = epoch
        self.parameters = parameters
    }
}
