/// Which batch error the gradient differentiates. The loss REPORTED is always the
/// mean over samples; only the gradient changes.
public enum Reduction: String, Hashable, Sendable, Codable {
    /// `∂/∂θ` of the mean over the batch: per-sample gradients scaled by `1/n`.
    case mean
    /// `∂/∂θ` of the sum over the batch. Seed 003 follows the gradient of the summed
    /// error (`error_wrt_output = −(y − output)`) while printing the average.
    case sum

    /// The factor applied to each sample's gradient in a batch of `rows` samples.
    func scale(rows: Int) -> Double {
        switch self {
        case .mean: 1 / Double(rows)
        case .sum: 1
        }
    }
}
