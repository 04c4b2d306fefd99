import Foundation

/// The polar (Marsaglia) method that numpy's legacy `gauss` uses, shared by both generators:
/// draw `x₁ = 2u₁ − 1`, `x₂ = 2u₂ − 1` until `0 < r² = x₁² + x₂² < 1`; with
/// `f = √(−2 ln r² / r²)`, return `f·x₂` and keep `f·x₁` for the next call.
struct PolarNormal: Sendable {
    private var cached: Double?

    mutating func next(uniform: () -> Double) -> Double {
        if let value = cached {
            cached = nil
            return value
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2.0 * uniform() - 1.0
            x2 = 2.0 * uniform() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * log(r2) / r2).squareRoot()
        cached = f * x1
        return f * x2
    }
}
