/// An update rule for the flat parameter vector `θ` given its gradient `g`.
/// `η` is the current learning rate: the optimizer's rate as ``LearningRateSchedule`` moves it.
/// Defaults are nnfs's (its `Optimizer_*` classes), so `.adagrad()` is nnfs's `Optimizer_Adagrad()`.
public enum Optimizer: Equatable, Sendable {
    /// `θ ← θ − η·g`.
    case sgd(learningRate: Double)
    /// `v ← μ·v − η·g`, `θ ← θ + v` (nnfs style).
    case momentum(learningRate: Double, momentum: Double)
    /// Nesterov momentum (CS231n's form): `v ← μ·v − η·g`, `θ ← θ + μ·v − η·g`
    /// (the same as `θ ← θ − μ·v_prev + (1 + μ)·v`, and as PyTorch's `nesterov=True` at a fixed `η`).
    case nesterov(learningRate: Double, momentum: Double)
    /// AdaGrad: `c ← c + g²`, `θ ← θ − η·g / (√c + ε)` (nnfs: `η = 1`, `ε = 1e−7`).
    case adagrad(learningRate: Double = 1, epsilon: Double = 1e-7)
    /// RMSProp: `c ← ρ·c + (1 − ρ)·g²`, `θ ← θ − η·g / (√c + ε)` (nnfs: `η = 0.001`, `ρ = 0.9`, `ε = 1e−7`).
    case rmsprop(learningRate: Double = 0.001, rho: Double = 0.9, epsilon: Double = 1e-7)
    /// Adam: `m ← β₁m + (1 − β₁)g`, `v ← β₂v + (1 − β₂)g²`,
    /// `θ ← θ − η · m̂ / (√v̂ + ε)` with `m̂ = m/(1 − β₁ᵗ)`, `v̂ = v/(1 − β₂ᵗ)`, `t` counting updates from 1.
    case adam(learningRate: Double, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-7)

    /// The base rate `η₀` (before any schedule).
    public var learningRate: Double {
        switch self {
        case .sgd(let rate), .momentum(let rate, _), .nesterov(let rate, _), .adagrad(let rate, _),
             .rmsprop(let rate, _, _), .adam(let rate, _, _, _): rate
        }
    }

    /// A reason these hyperparameters cannot be used, or `nil`.
    var problem: String? {
        guard learningRate.isFinite, learningRate > 0 else { return "learning rate must be a positive number" }
        switch self {
        case .sgd: return nil
        case .momentum(_, let momentum), .nesterov(_, let momentum):
            return momentum >= 0 && momentum < 1 ? nil : "momentum must be in [0, 1)"
        case .adagrad(_, let epsilon):
            return epsilon > 0 && epsilon.isFinite ? nil : "epsilon must be positive"
        case .rmsprop(_, let rho, let epsilon):
            guard rho >= 0, rho < 1 else { return "rho must be in [0, 1)" }
            return epsilon > 0 && epsilon.isFinite ? nil : "epsilon must be positive"
        case .adam(_, let beta1, let beta2, let epsilon):
            guard beta1 >= 0, beta1 < 1, beta2 >= 0, beta2 < 1 else { return "beta1 and beta2 must be in [0, 1)" }
            return epsilon > 0 && epsilon.isFinite ? nil : "epsilon must be positive"
        }
    }
}
