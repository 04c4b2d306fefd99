import Foundation

/// How the learning rate moves during training, from the optimizer's base rate `η₀`.
///
/// `e = 0, 1, …, E − 1` counts the epochs already run when an epoch starts (`E` = epochs), and
/// `t = 0, 1, …` the updates already applied. Every schedule but ``inverseTime(decay:)`` holds
/// its rate for a whole epoch.
public enum LearningRateSchedule: Equatable, Sendable {
    /// `η = η₀`.
    case constant
    /// `η_t = η₀ / (1 + d·t)` with `t` the updates so far (nnfs's `decay`, once per update).
    case inverseTime(decay: Double)
    /// `η_e = η₀ · γ^⌊e/k⌋`: multiplied by `γ` every `k` epochs (PyTorch's `StepLR`).
    case step(every: Int, factor: Double)
    /// `η_e = η₀ · γ^e`: multiplied by `γ` every epoch (PyTorch's `ExponentialLR`).
    case exponential(factor: Double)
    /// `η_e = η₀ + (η_end − η₀)·e/E`: a straight line from `η₀` towards `η_end`, which it would reach
    /// after the last epoch (micrograd's demo: `1.0 − 0.9·k/100` is `η₀ = 1`, `η_end = 0.1`, `E = 100`).
    case linear(end: Double)
    /// `η_e = η_end + ½(η₀ − η_end)(1 + cos(π·e/E))`: half a cosine from `η₀` down towards `η_end`
    /// (PyTorch's `CosineAnnealingLR` with `T_max = E`).
    case cosine(end: Double)

    /// Whether the rate changes between the updates of one epoch (so is recomputed per update).
    public var changesEveryUpdate: Bool {
        if case .inverseTime(let decay) = self { return decay != 0 }
        return false
    }

    /// Whether the formula names the number of epochs `E` (linear and cosine).
    public var dependsOnEpochCount: Bool {
        switch self {
        case .linear, .cosine: true
        case .constant, .inverseTime, .step, .exponential: false
        }
    }

    /// The rate for the epoch that starts after `e` epochs (0-based) of `epochs`, at update `t`.
    public func rate(base: Double, epoch e: Int, epochs: Int, update t: Int) -> Double {
        switch self {
        case .constant: base
        case .inverseTime(let decay): base / (1 + decay * Double(t))
        case .step(let every, let factor): base * Foundation.pow(factor, Double(e / every))
        case .exponential(let factor): base * Foundation.pow(factor, Double(e))
        case .linear(let end): base + (end - base) * Double(e) / Double(epochs)
        case .cosine(let end): end + 0.5 * (base - end) * (1 + Foundation.cos(Double.pi * Double(e) / Double(epochs)))
        }
    }

    /// The rate at the start of each epoch `1 … epochs` (`updatesPerEpoch` places the updates of
    /// ``inverseTime(decay:)``): what a report plots.
    public func ratesPerEpoch(base: Double, epochs: Int, updatesPerEpoch: Int) -> [Double] {
        (0..<epochs).map { rate(base: base, epoch: $0, epochs: epochs, update: $0 * updatesPerEpoch) }
    }

    /// The formula in TeX, with `\eta_0` for the base rate and the symbols of ``symbols``.
    public var texFormula: String {
        switch self {
        case .constant: #"\eta = \eta_0"#
        case .inverseTime: #"\eta_t = \frac{\eta_0}{1 + d\,t}"#
        case .step: #"\eta_e = \eta_0\,\gamma^{\lfloor e/k \rfloor}"#
        case .exponential: #"\eta_e = \eta_0\,\gamma^{e}"#
        case .linear: #"\eta_e = \eta_0 + (\eta_{\mathrm{end}} - \eta_0)\,\frac{e}{E}"#
        case .cosine: #"\eta_e = \eta_{\mathrm{end}} + \tfrac{1}{2}(\eta_0 - \eta_{\mathrm{end}})\left(1 + \cos\frac{\pi e}{E}\right)"#
        }
    }

    /// The schedule's own constants as (TeX symbol, value), in the order the formula names them.
    public var symbols: [(symbol: String, value: Double)] {
        switch self {
        case .constant: []
        case .inverseTime(let decay): [("d", decay)]
        case .step(let every, let factor): [(#"\gamma"#, factor), ("k", Double(every))]
        case .exponential(let factor): [(#"\gamma"#, factor)]
        case .linear(let end), .cosine(let end): [(#"\eta_{\mathrm{end}}"#, end)]
        }
    }

    /// A reason these constants cannot be used, or `nil`.
    public var problem: String? {
        switch self {
        case .constant: nil
        case .inverseTime(let decay): decay >= 0 && decay.isFinite ? nil : "decay must be a number ≥ 0"
        case .step(let every, let factor):
            every >= 1 ? (factor > 0 && factor.isFinite ? nil : "the factor must be positive") : "the step must be at least 1 epoch"
        case .exponential(let factor): factor > 0 && factor.isFinite ? nil : "the factor must be positive"
        case .linear(let end), .cosine(let end): end >= 0 && end.isFinite ? nil : "the end rate must be a number ≥ 0"
        }
    }
}
