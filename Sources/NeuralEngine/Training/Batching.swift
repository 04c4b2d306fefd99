/// How samples are grouped into the batches between parameter updates.
public enum Batching: Equatable, Sendable {
    /// One update per sample, in data order (seeds 000, 001, 004).
    case perSample
    /// One update per epoch on all samples (seed 003).
    case fullBatch
    /// Updates on batches of `size` samples; with `shuffle`, the order is redrawn
    /// from the ``RandomSource`` every epoch (numpy's `shuffle`).
    case miniBatch(size: Int, shuffle: Bool)

    func size(samples: Int) -> Int {
        switch self {
        case .perSample: 1
        case .fullBatch: samples
        case .miniBatch(let size, _): min(size, samples)
        }
    }

    var shuffles: Bool {
        if case .miniBatch(_, true) = self { return true }
        return false
    }
}
