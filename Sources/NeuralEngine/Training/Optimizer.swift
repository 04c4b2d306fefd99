/// An update rule for the flat parameter vector `θ` given its gradient `g`.
/// `η` is the current learning rate (after ``TrainingOptions/learningRateDecay``).
public enum Optimizer: Equatable, Sendable {
    /// `θ ← θ − η·g`.
    case sgd(learningRate: Double)
    /// `v ← μ·v − η·g`, `θ ← θ + v` (nnfs style).
    case momentum(learningRate: Double, momentum: Double)
    /// Adam: `m ← β₁m + (1 − β₁)g`, `v ← β₂v + (1 − β₂)g²`,
    /// `θ ← θ − η · m̂ / (√v̂ + ε)` with `m̂ = m/(1 − β₁ᵗ)`, `v̂ = v/(1 − β₂ᵗ)`, `t` counting updates from 1.
    case adam(learningRate: Double, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-7)

    public var learningRate: Double {
        switch self {
        case .sgd(let rate), .momentum(let rate, _), .adam(let rate, _, _, _): rate
        }
    }

    /// A reason these hyperparameters cannot be used, or `nil`.
    var problem: String? {
        guard learningRate.isFinite, learningRate > 0 else { return "learning rate must be a positive number" }
        switch self {
        case .sgd: return nil
        case .momentum(_, let momentum):
            return momentum >= 0 && momentum < 1 ? nil : "momentum must be in [0, 1)"
        case .adam(_, let beta1, let beta2, let epsilon):
            guard beta1 >= 0, beta1 < 1, beta2 >= 0, beta2 < 1 else { return "beta1 and beta2 must be in [0, 1)" }
            return epsilon > 0 && epsilon.isFinite ? nil : "epsilon must be positive"
        }
    }
}
