import Foundation

/// numpy's legacy `RandomState`, reproduced bit for bit: `NumpyRandomState(seed: 42)`
/// draws exactly what `np.random.RandomState(42)` (or `np.random.seed(42)` followed by
/// `np.random.*`) draws, so a lesson written against numpy gets the same numbers.
///
/// - Uniform: `random_sample()` takes two 32-bit outputs `a`, `b` and returns
///   `((a >> 5) · 2²⁶ + (b >> 6)) / 2⁵³`, a multiple of 2⁻⁵³ in [0, 1).
/// - Normal: the legacy `gauss`, the polar Box–Muller method. Draw
///   `x₁ = 2u₁ − 1`, `x₂ = 2u₂ − 1` until `0 < r² = x₁² + x₂² < 1`; with
///   `f = √(−2 ln r² / r²)` return `f·x₂` and keep `f·x₁` for the next call.
/// - Bounded integers: `rk_interval(max)`; mask = the smallest `2ᵏ − 1 ≥ max`, then draw
///   `next & mask` until it is `≤ max`, from 32-bit outputs when `max ≤ 2³² − 1`, else from
///   64-bit ones (`hi << 32 | lo`).
///
/// The fixtures in `Tests/NeuralEngineTests/Fixtures` were recorded from numpy itself.
/// `ln` and `√` come from the platform C library, as numpy's do, so normal draws match
/// numpy on the same platform (checked here on Linux/glibc); uniform and integer draws match
/// everywhere.
public struct NumpyRandomState: RandomSource, Sendable {
    private var bits: MersenneTwister
    /// The second value of the last polar pair, returned by the next normal draw.
    private var polar = PolarNormal()

    /// The state of `np.random.RandomState(seed)`.
    public init(seed: UInt32) {
        bits = MersenneTwister(seed: seed)
        polar = PolarNormal()
    }

    /// The next raw 32-bit output of MT19937 (numpy's `next_uint32`).
    public mutating func nextUInt32() -> UInt32 {
        bits.next32()
    }

    /// Two 32-bit outputs joined high word first (numpy's `next_uint64` for MT19937).
    public mutating func nextUInt64() -> UInt64 {
        let high = UInt64(bits.next32())
        let low = UInt64(bits.next32())
        return high << 32 | low
    }

    /// `random_sample()`: `((a >> 5) · 67108864 + (b >> 6)) / 9007199254740992`.
    public mutating func nextUniform() -> Double {
        let a = Double(bits.next32() >> 5)
        let b = Double(bits.next32() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// `standard_normal()`: legacy polar method, second value cached.
    public mutating func nextStandardNormal() -> Double {
        var normal = polar
        defer { polar = normal }
        return normal.next { nextUniform() }
    }

    /// `rk_interval(max)`: a uniform integer in `0...upperBound` by masked rejection.
    public mutating func nextInteger(through upperBound: Int) -> Int {
        precondition(upperBound >= 0, "upper bound \(upperBound) is negative")
        if upperBound == 0 { return 0 }
        let max = UInt64(upperBound)
        var mask = max
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        mask |= mask >> 32
        var value: UInt64
        if max <= 0xffff_ffff {
            repeat { value = UInt64(bits.next32()) & mask } while value > max
        } else {
            repeat { value = nextUInt64() & mask } while value > max
        }
        return Int(value)
    }
}
