import Foundation

/// An error function `E(ŷ, y)` of one sample's prediction row `ŷ` (width `n`) and target row `y`.
/// The batch loss reported is the mean over samples; ``Reduction`` decides the gradient's scale.
///
/// Each case's value and gradient `∂E/∂ŷ` sit side by side in
/// ``sampleLoss(prediction:target:outputs:targetWidth:)`` and ``writeGradient(prediction:target:outputs:targetWidth:scale:into:)``.
///
/// Targets of ``crossEntropy`` and ``multiclassHinge`` may be one-hot rows (width `n`) or class
/// indices (one column holding `0 … n−1`); the other losses take rows as wide as the output.
/// Targets keep the values the data has: ``labelProblem(targets:outputs:)`` says when they do
/// not fit the loss (``hinge`` needs ±1), and nothing re-codes them.
public enum Loss: Hashable, Sendable, Codable {
    /// `E = (1/n) Σ_j (ŷ_j − y_j)²`, `∂E/∂ŷ_j = 2(ŷ_j − y_j)/n` (seed 001).
    case meanSquaredError
    /// `E = (1/n) Σ_j ½(y_j − ŷ_j)²`, `∂E/∂ŷ_j = (ŷ_j − y_j)/n` (seed 003).
    case halfSquaredError
    /// Categorical cross-entropy on softmax outputs, `E = −Σ_j y_j log q_j` with
    /// `q = clip(ŷ, 1e−7, 1 − 1e−7)`; for a class index `k`, `E = −log q_k` (seed 002).
    /// `∂E/∂ŷ_j = −y_j / q_j` (seed 002 divides by `ŷ`; the clip only avoids division by zero).
    case crossEntropy
    /// `E = −(1/n) Σ_j [y_j log q_j + (1 − y_j) log(1 − q_j)]`, `q` clipped as above;
    /// `∂E/∂ŷ_j = −(y_j/q_j − (1 − y_j)/(1 − q_j))/n`.
    case binaryCrossEntropy
    /// Binary hinge (max-margin) loss on targets `y ∈ {−1, +1}` and raw scores `s` (micrograd's demo):
    /// `E = (1/n) Σ_j max(0, 1 − y_j s_j)`, `∂E/∂s_j = −y_j/n` where `1 − y_j s_j > 0`, else 0.
    case hinge
    /// Multiclass SVM loss with margin 1 (CS231n, Weston–Watkins) on scores `s` and true class `k`:
    /// `E = Σ_{j≠k} max(0, s_j − s_k + 1)`; `∂E/∂s_j = [s_j − s_k + 1 > 0]` for `j ≠ k`,
    /// `∂E/∂s_k = −Σ_{j≠k} [s_j − s_k + 1 > 0]`.
    case multiclassHinge
    /// Huber loss for regression with threshold `δ > 0`, on `d_j = ŷ_j − y_j`:
    /// `E = (1/n) Σ_j h(d_j)`, `h(d) = ½d²` for `|d| ≤ δ`, else `δ(|d| − ½δ)`;
    /// `∂E/∂ŷ_j = clamp(d_j, −δ, δ)/n` (PyTorch's `HuberLoss`).
    case huber(delta: Double = 1)

    /// Predictions are clipped to `[clip, 1 − clip]` before logarithms.
    public static let clip = 1e-7

    /// Whether accuracy is meaningful (the cross-entropies and the hinge losses).
    public var isClassification: Bool {
        switch self {
        case .crossEntropy, .binaryCrossEntropy, .hinge, .multiclassHinge: true
        case .meanSquaredError, .halfSquaredError, .huber: false
        }
    }

    /// Whether the targets may be one column of class indices for a wider output.
    public var acceptsClassIndices: Bool { self == .crossEntropy || self == .multiclassHinge }

    /// A single output is read as class 1 above this value: 0.5 for probabilities,
    /// 0 for the raw scores of ``hinge`` (whose labels −1 and +1 then read as classes 0 and 1).
    public var decisionThreshold: Double { self == .hinge ? 0 : 0.5 }

    /// Whether a target row of `targetWidth` columns holds a class index for `outputs` classes.
    static func targetsAreClassIndices(outputs: Int, targetWidth: Int) -> Bool {
        targetWidth == 1 && outputs > 1
    }

    /// The true class of a target row: its class index, or the first largest entry of a one-hot row.
    @inline(__always)
    private static func trueClass(_ y: UnsafePointer<Double>, outputs n: Int, targetWidth: Int) -> Int {
        if targetsAreClassIndices(outputs: n, targetWidth: targetWidth) { return Int(y[0]) }
        var best = 0
        for j in 1..<max(n, 1) where y[j] > y[best] { best = j }
        return best
    }

    private static func clipped(_ p: Double) -> Double { Swift.min(Swift.max(p, clip), 1 - clip) }

    /// `E` of each prediction row against its target row. Precondition: matching shapes (see ``Network/validate(inputs:targets:loss:)``).
    public func sampleLosses(predictions: Matrix, targets: Matrix) -> [Double] {
        precondition(predictions.rows == targets.rows, "one target row per prediction row")
        return predictions.elements.withUnsafeBufferPointer { p in
            targets.elements.withUnsafeBufferPointer { t in
                (0..<predictions.rows).map { r in
                    sampleLoss(prediction: p.baseAddress! + r * predictions.columns, target: t.baseAddress! + r * targets.columns,
                               outputs: predictions.columns, targetWidth: targets.columns)
                }
            }
        }
    }

    /// The mean over rows of ``sampleLosses(predictions:targets:)``: the loss a report prints.
    public func meanLoss(predictions: Matrix, targets: Matrix) -> Double {
        let losses = sampleLosses(predictions: predictions, targets: targets)
        return losses.reduce(0, +) / Double(max(losses.count, 1))
    }

    /// `E` for one sample.
    func sampleLoss(prediction p: UnsafePointer<Double>, target y: UnsafePointer<Double>, outputs n: Int, targetWidth: Int) -> Double {
        switch self {
        case .meanSquaredError:
            var sum = 0.0
            for j in 0..<n { let d = p[j] - y[j]; sum += d * d }
            return n == 1 ? sum : sum / Double(n)  // (x / 1 is x: skip the slow division)
        case .halfSquaredError:
            var sum = 0.0
            for j in 0..<n { let d = y[j] - p[j]; sum += 0.5 * d * d }
            return n == 1 ? sum : sum / Double(n)
        case .crossEntropy:
            if Self.targetsAreClassIndices(outputs: n, targetWidth: targetWidth) {
                return -Foundation.log(Self.clipped(p[Int(y[0])]))
            }
            var sum = 0.0
            for j in 0..<n where y[j] != 0 { sum -= y[j] * Foundation.log(Self.clipped(p[j])) }
            return sum
        case .binaryCrossEntropy:
            var sum = 0.0
            for j in 0..<n {
                let q = Self.clipped(p[j])
                sum -= y[j] * Foundation.log(q) + (1 - y[j]) * Foundation.log(1 - q)
            }
            return sum / Double(n)
        case .hinge:
            var sum = 0.0
            for j in 0..<n { sum += Swift.max(0, 1 - y[j] * p[j]) }
            return n == 1 ? sum : sum / Double(n)
        case .multiclassHinge:
            let k = Self.trueClass(y, outputs: n, targetWidth: targetWidth)
            var sum = 0.0
            for j in 0..<n where j != k { sum += Swift.max(0, p[j] - p[k] + 1) }
            return sum
        case .huber(let delta):
            var sum = 0.0
            for j in 0..<n {
                let d = Swift.abs(p[j] - y[j])
                sum += d <= delta ? 0.5 * d * d : delta * (d - 0.5 * delta)
            }
            return n == 1 ? sum : sum / Double(n)
        }
    }

    /// Writes `scale · ∂E/∂ŷ` for one sample into `g` (width `n`).
    func writeGradient(
        prediction p: UnsafePointer<Double>, target y: UnsafePointer<Double>, outputs n: Int, targetWidth: Int,
        scale: Double, into g: UnsafeMutablePointer<Double>
    ) {
        switch self {
        case .meanSquaredError:
            let factor = 2 * scale / Double(n)
            for j in 0..<n { g[j] = factor * (p[j] - y[j]) }
        case .halfSquaredError:
            let factor = scale / Double(n)
            for j in 0..<n { g[j] = factor * (p[j] - y[j]) }
        case .crossEntropy:
            if Self.targetsAreClassIndices(outputs: n, targetWidth: targetWidth) {
                for j in 0..<n { g[j] = 0 }
                let k = Int(y[0])
                g[k] = -scale / Self.clipped(p[k])
            } else {
                for j in 0..<n { g[j] = -scale * y[j] / Self.clipped(p[j]) }
            }
        case .binaryCrossEntropy:
            let factor = scale / Double(n)
            for j in 0..<n {
                let q = Self.clipped(p[j])
                g[j] = -factor * (y[j] / q - (1 - y[j]) / (1 - q))
            }
        case .hinge:
            let factor = scale / Double(n)
            for j in 0..<n { g[j] = 1 - y[j] * p[j] > 0 ? -factor * y[j] : 0 }
        case .multiclassHinge:
            let k = Self.trueClass(y, outputs: n, targetWidth: targetWidth)
            var violations = 0
            for j in 0..<n {
                let violated = j != k && p[j] - p[k] + 1 > 0
                g[j] = violated ? scale : 0
                if violated { violations += 1 }
            }
            g[k] = -scale * Double(violations)
        case .huber(let delta):
            let factor = scale / Double(n)
            for j in 0..<n { g[j] = factor * Swift.min(Swift.max(p[j] - y[j], -delta), delta) }
        }
    }

    /// Softmax followed by cross-entropy, differentiated together:
    /// `∂E/∂z = scale · (ŷ − y)` for the softmax INPUT `z` (`y` one-hot, or `1` at the class index).
    /// Equal to ``writeGradient(prediction:target:outputs:targetWidth:scale:into:)`` followed by the softmax
    /// Jacobian, but cheaper and without the division by `ŷ`.
    static func writeSoftmaxCrossEntropyGradient(
        prediction p: UnsafePointer<Double>, target y: UnsafePointer<Double>, outputs n: Int, targetWidth: Int,
        scale: Double, into g: UnsafeMutablePointer<Double>
    ) {
        if targetsAreClassIndices(outputs: n, targetWidth: targetWidth) {
            for j in 0..<n { g[j] = scale * p[j] }
            g[Int(y[0])] -= scale
        } else {
            for j in 0..<n { g[j] = scale * (p[j] - y[j]) }
        }
    }
}
