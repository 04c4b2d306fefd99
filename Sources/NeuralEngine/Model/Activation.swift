import Foundation

/// An element-wise (or, for softmax, row-wise) nonlinearity `A = f(Z)`.
///
/// Each case's forward formula and its derivative sit side by side below. In
/// backpropagation an activation layer turns `∂E/∂A` into `∂E/∂Z`:
///
///     ∂E/∂Z = ∂E/∂A ⊙ f′(Z)        (element-wise activations, seed 001)
///
/// Softmax couples a whole row, so it multiplies by its Jacobian instead
/// (see ``backward(input:output:outputGradient:inputGradient:rows:width:)``).
public enum Activation: Hashable, Sendable {
    /// `f(z) = z`, `f′(z) = 1`.
    case identity
    /// `σ(z) = 1 / (1 + e^(−z))`, `σ′(z) = σ(z)(1 − σ(z))`.
    case sigmoid
    /// `tanh(z)`, `tanh′(z) = 1 − tanh²(z)`.
    case tanh
    /// `max(0, z)`, derivative `1` for `z > 0` and `0` otherwise (seed 002: `dinputs[inputs <= 0] = 0`).
    case relu
    /// `z` for `z > 0`, `slope · z` otherwise; derivative `1` or `slope`.
    case leakyReLU(slope: Double)
    /// Row-wise `softmax(z)_j = e^(z_j − max z) / Σ_k e^(z_k − max z)`.
    /// Subtracting the row maximum (seed 002) leaves the value unchanged and keeps `exp` from overflowing.
    case softmax

    /// The name used in reports and exported layouts.
    public var name: String {
        switch self {
        case .identity: "identity"
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .relu: "relu"
        case .leakyReLU(let slope): "leakyReLU(\(slope))"
        case .softmax: "softmax"
        }
    }

    /// The activation a ``name`` denotes (`identity`, `sigmoid`, `tanh`, `relu`, `softmax`,
    /// `leakyReLU(0.01)`), or `nil`.
    public init?(name: String) {
        switch name {
        case "identity": self = .identity
        case "sigmoid": self = .sigmoid
        case "tanh": self = .tanh
        case "relu": self = .relu
        case "softmax": self = .softmax
        default:
            guard name.hasPrefix("leakyReLU("), name.hasSuffix(")"),
                  let slope = Double(name.dropFirst("leakyReLU(".count).dropLast()) else { return nil }
            self = .leakyReLU(slope: slope)
        }
    }

    /// Whether `f` acts on each element alone (all but softmax).
    public var isElementwise: Bool { self != .softmax }

    /// `f(z)` for one element. Precondition: element-wise activation.
    public func value(_ z: Double) -> Double {
        switch self {
        case .identity: z
        case .sigmoid: 1 / (1 + Foundation.exp(-z))
        case .tanh: Foundation.tanh(z)
        case .relu: z > 0 ? z : 0
        case .leakyReLU(let slope): z > 0 ? z : slope * z
        case .softmax: preconditionFailure("softmax acts on whole rows")
        }
    }

    /// `f′(z)` for one element, given the input `z` and the output `a = f(z)`
    /// (sigmoid and tanh reuse `a`: `a(1 − a)` and `1 − a²`). Precondition: element-wise activation.
    public func derivative(input z: Double, output a: Double) -> Double {
        switch self {
        case .identity: 1
        case .sigmoid: a * (1 - a)
        case .tanh: 1 - a * a
        case .relu: z > 0 ? 1 : 0
        case .leakyReLU(let slope): z > 0 ? 1 : slope
        case .softmax: preconditionFailure("softmax has a Jacobian, not an element-wise derivative")
        }
    }

    // MARK: Forward and backward over a batch (rows × width, row-major)

    /// `A = f(Z)` for a `rows × width` batch.
    func forward(input z: UnsafePointer<Double>, output a: UnsafeMutablePointer<Double>, rows: Int, width: Int) {
        let count = rows * width
        switch self {
        case .identity:
            a.update(from: z, count: count)
        case .sigmoid:
            VectorMath.sigmoid(z, into: a, count: count)
        case .tanh:
            VectorMath.tanh(z, into: a, count: count)
        case .relu:
            for i in 0..<count { a[i] = z[i] > 0 ? z[i] : 0 }
        case .leakyReLU(let slope):
            for i in 0..<count { a[i] = z[i] > 0 ? z[i] : slope * z[i] }
        case .softmax:
            // Three passes so the exponentials of the whole batch run vectorised:
            // z − max of its row, then e^(·), then each row divided by its sum.
            for r in 0..<rows {
                let zRow = z + r * width, aRow = a + r * width
                var largest = -Double.infinity
                for j in 0..<width { largest = Swift.max(largest, zRow[j]) }
                for j in 0..<width { aRow[j] = zRow[j] - largest }
            }
            VectorMath.exponentiate(a, into: a, count: count)
            for r in 0..<rows {
                let aRow = a + r * width
                var sum = 0.0
                for j in 0..<width { sum += aRow[j] }
                let inverse = 1 / sum
                for j in 0..<width { aRow[j] *= inverse }
            }
        }
    }

    /// `∂E/∂Z` from `∂E/∂A` for a `rows × width` batch.
    ///
    /// Element-wise: `∂E/∂Z = ∂E/∂A ⊙ f′(Z)`.
    /// Softmax, per row `s = softmax(z)` with Jacobian `J = diag(s) − s·sᵀ` (seed 002):
    /// `∂E/∂z = J·∂E/∂s`, i.e. `∂E/∂z_j = s_j (∂E/∂s_j − Σ_k ∂E/∂s_k s_k)`,
    /// computed without forming `J`.
    func backward(
        input z: UnsafePointer<Double>, output a: UnsafePointer<Double>,
        outputGradient da: UnsafePointer<Double>, inputGradient dz: UnsafeMutablePointer<Double>,
        rows: Int, width: Int
    ) {
        let count = rows * width
        switch self {
        case .identity:
            dz.update(from: da, count: count)
        case .sigmoid:
            for i in 0..<count { dz[i] = da[i] * a[i] * (1 - a[i]) }
        case .tanh:
            for i in 0..<count { dz[i] = da[i] * (1 - a[i] * a[i]) }
        case .relu:
            for i in 0..<count { dz[i] = z[i] > 0 ? da[i] : 0 }
        case .leakyReLU(let slope):
            for i in 0..<count { dz[i] = z[i] > 0 ? da[i] : slope * da[i] }
        case .softmax:
            for r in 0..<rows {
                let s = a + r * width, g = da + r * width, out = dz + r * width
                var dot = 0.0
                for k in 0..<width { dot += g[k] * s[k] }
                for j in 0..<width { out[j] = s[j] * (g[j] - dot) }
            }
        }
    }

    /// The softmax Jacobian `J = diag(s) − s·sᵀ` of one output row `s`, `J[i][j] = s_i(δ_ij − s_j)`,
    /// for lessons that show it (seed 002 builds it with `np.diagflat(s) − np.dot(s, s.T)`).
    public static func softmaxJacobian(output s: [Double]) -> Matrix {
        var jacobian = Matrix(rows: s.count, columns: s.count)
        for i in 0..<s.count {
            for j in 0..<s.count {
                jacobian[i, j] = (i == j ? s[i] : 0) - s[i] * s[j]
            }
        }
        return jacobian
    }
}
