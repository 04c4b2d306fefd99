/// Which loss is recorded for an epoch.
public enum EpochLossMeasure: String, Equatable, Sendable, Codable {
    /// The mean over samples of the losses seen while the epoch ran, each batch measured before
    /// its update and weighted by its size: `Σ_k B_k·L_k / N` (seeds 001, 003 print this).
    case duringEpoch
    /// A full pass over the data after the epoch's updates (seeds 000, 004).
    case afterEpoch
}
