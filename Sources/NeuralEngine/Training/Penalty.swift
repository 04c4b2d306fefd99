/// A weight penalty added to the data loss for the parameters it covers:
///
///     P(θ) = λ₁ Σ |w| + ½ λ₂ Σ w²,     ∂P/∂w = λ₁ sign(w) + λ₂ w
///
/// with `sign(0) = 0`. The `½` makes `λ₂` the weight decay (CS231n's `reg`, the Playground's
/// L2 rate, PyTorch's `weight_decay`); nnfs's and micrograd's `λ Σ w²` is `l2 = 2λ`.
/// Weights only, unless ``includesBiases``.
public struct Penalty: Equatable, Sendable {
    /// `λ₁`, the L1 strength.
    public var l1: Double
    /// `λ₂`, the L2 strength.
    public var l2: Double
    /// Whether biases are penalised too (micrograd's demo penalises every parameter).
    public var includesBiases: Bool

    public init(l1: Double = 0, l2: Double = 0, includesBiases: Bool = false) {
        self.l1 = l1
        self.l2 = l2
        self.includesBiases = includesBiases
    }

    /// No penalty.
    public static let none = Penalty()

    /// Whether the penalty is zero everywhere.
    public var isZero: Bool { l1 == 0 && l2 == 0 }

    /// A reason these strengths cannot be used, or `nil`.
    public var problem: String? {
        l1 >= 0 && l1.isFinite && l2 >= 0 && l2.isFinite ? nil : "l1 and l2 must be numbers ≥ 0"
    }
}
