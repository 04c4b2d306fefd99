/// A training setting that cannot be used.
public struct TrainingOptionsError: Error, Equatable, Sendable, CustomStringConvertible {
    public var setting: String
    public var reason: String
    public var description: String { "\(setting): \(reason)" }
}
