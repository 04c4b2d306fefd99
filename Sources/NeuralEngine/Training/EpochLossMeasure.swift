/// Which loss is recorded for an epoch.
public enum EpochLossMeasure: String, Equatable, Sendable, Codable {
    /// The mean of the per-batch losses, each measured before its update (seeds 001, 003 print this).
    case duringEpoch
    /// A full pass over the data after the epoch's updates (seeds 000, 004).
    case afterEpoch
}
