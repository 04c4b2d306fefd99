import Foundation

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
        case .momentum, .nesterov, .adagrad, .rmsprop:
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
                            v[i] = flushed(momentum * v[i] - rate * g[i])
                            theta[i] += v[i]
                        }
                    }
                case .nesterov(_, let momentum):
                    first.withUnsafeMutableBufferPointer { v in
                        for i in 0..<count {
                            let step = rate * g[i]
                            v[i] = flushed(momentum * v[i] - step)
                            theta[i] += momentum * v[i] - step
                        }
                    }
                case .adagrad(_, let epsilon):
                    first.withUnsafeMutableBufferPointer { c in
                        for i in 0..<count {
                            c[i] += g[i] * g[i]
                            theta[i] -= rate * g[i] / (c[i].squareRoot() + epsilon)
                        }
                    }
                case .rmsprop(_, let rho, let epsilon):
                    first.withUnsafeMutableBufferPointer { c in
                        for i in 0..<count {
                            c[i] = flushed(rho * c[i] + (1 - rho) * g[i] * g[i])
                            theta[i] -= rate * g[i] / (c[i].squareRoot() + epsilon)
                        }
                    }
                case .adam(_, let beta1, let beta2, let epsilon):
                    // m̂/(√v̂ + ε) = (√c₂/c₁)·m/(√v + ε√c₂) with c = 1 − βᵗ: one division and one
                    // square root per parameter instead of three divisions (the Adam paper's form).
                    let t = Double(updates)
                    let c1 = 1 - Foundation.pow(beta1, t), c2 = 1 - Foundation.pow(beta2, t)
                    let stepSize = rate * c2.squareRoot() / c1, shiftedEpsilon = epsilon * c2.squareRoot()
                    first.withUnsafeMutableBufferPointer { m in
                        second.withUnsafeMutableBufferPointer { v in
                            for i in 0..<count {
                                m[i] = flushed(beta1 * m[i] + (1 - beta1) * g[i])
                                v[i] = flushed(beta2 * v[i] + (1 - beta2) * g[i] * g[i])
                                theta[i] -= stepSize * m[i] / (v[i].squareRoot() + shiftedEpsilon)
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `x`, or 0 when `x` is subnormal (below 2.2e−308). A parameter whose gradient stays 0
/// (a dead ReLU unit) has its moving averages decay geometrically into subnormal numbers,
/// which the processor handles 50–100 times slower; flushing them changes no result
/// visibly and keeps long runs fast.
@inline(__always)
func flushed(_ x: Double) -> Double {
    abs(x) < Double.leastNormalMagnitude ? 0 : x
}
