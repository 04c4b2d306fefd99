import NeuralEngine

/// The notebook's one random stream: every draw (initial weights, shuffles,
/// dataset noise) comes from it in document order, so a seed fixes the run.
public enum RandomStream: RandomSource, Sendable {
    /// numpy's legacy `RandomState`: `seed: 42` draws what `np.random.seed(42)` draws.
    case numpy(NumpyRandomState)
    /// xoshiro256**: fast and reproducible on every platform.
    case standard(DefaultRandom)

    /// A stream of `generator` seeded with `seed`.
    public init(generator: RandomGenerator, seed: UInt32) {
        switch generator {
        case .numpy: self = .numpy(NumpyRandomState(seed: seed))
        case .standard: self = .standard(DefaultRandom(seed: UInt64(seed)))
        }
    }

    public var generator: RandomGenerator {
        switch self {
        case .numpy: .numpy
        case .standard: .standard
        }
    }

    public mutating func nextUniform() -> Double {
        switch self {
        case .numpy(var state): let value = state.nextUniform(); self = .numpy(state); return value
        case .standard(var state): let value = state.nextUniform(); self = .standard(state); return value
        }
    }

    public mutating func nextStandardNormal() -> Double {
        switch self {
        case .numpy(var state): let value = state.nextStandardNormal(); self = .numpy(state); return value
        case .standard(var state): let value = state.nextStandardNormal(); self = .standard(state); return value
        }
    }

    public mutating func nextInteger(through upperBound: Int) -> Int {
        switch self {
        case .numpy(var state): let value = state.nextInteger(through: upperBound); self = .numpy(state); return value
        case .standard(var state): let value = state.nextInteger(through: upperBound); self = .standard(state); return value
        }
    }
}
