/// How `∂L/∂θ` is obtained.
public enum GradientMethod: Equatable, Sendable {
    /// Backpropagation (seeds 001–003).
    case backpropagation
    /// `(L(θ + h) − L(θ − h)) / 2h` for every parameter (seeds 000, 004).
    case centralDifferences(step: Double)
}
