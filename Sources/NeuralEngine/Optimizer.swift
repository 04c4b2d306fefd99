import Foundation

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

/// The optimizer's memory between updates (velocities, moment estimates), one flat vector each.
struct OptimizerState {
    let optimizer: Optimizer
    private var first: [Double]
    private var second: [Double]
    private(set) var updates = 0

    init(optimizer: Optimizer, parameterCount: Int) {
        self.optimizer = optimizer
        switch optimizer {
        case .sgd:
            first = []; second = []
        case .momentum:
            first = Array(repeating: 0, count: parameterCount); second = []
        case .adam:
            first = Array(repeating: 0, count: parameterCount)
            second = Array(repeating: 0, count: parameterCount)
        }
    }

    /// Applies one update with learning rate `rate` (one loop over the flat vector).
    mutating func update(parameters: inout [Double], gradient: [Double], rate: Double) {
        updates += 1
        let count = parameters.count
        parameters.withUnsafeMutableBufferPointer { theta in
            gradient.withUnsafeBufferPointer { g in
                switch optimizer {
                case .sgd:
                    for i in 0..<count { theta[i] -= rate * g[i] }
                case .momentum(_, let momentum):
                    first.withUnsafeMutableBufferPointer { v in
                        for i in 0..<count {
                            v[i] = momentum * v[i] - rate * g[i]
                            theta[i] += v[i]
                        }
                    }
                case .adam(_, let beta1, let beta2, let epsilon):
                    let t = Double(updates)
                    let correction1 = 1 - Foundation.pow(beta1, t), correction2 = 1 - Foundation.pow(beta2, t)
                    first.withUnsafeMutableBufferPointer { m in
                        second.withUnsafeMutableBufferPointer { v in
                            for i in 0..<count {
                                m[i] = beta1 * m[i] + (1 - beta1) * g[i]
                                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
                                theta[i] -= rate * (m[i] / correction1) / ((v[i] / correction2).squareRoot() + epsilon)
                            }
                        }
                    }
                }
            }
        }
    }
}
