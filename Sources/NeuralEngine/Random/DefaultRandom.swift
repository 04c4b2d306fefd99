import Foundation

/// nbrun's default generator: xoshiro256** (Blackman & Vigna, 2018), seeded through
/// SplitMix64. Fast, with period 2²⁵⁶ − 1; for a seed, the integer and uniform streams are
/// the same on every platform (pure 64-bit integer arithmetic). Normal draws also use the C
/// library's `log`, whose last bit may differ between C libraries (glibc vs Darwin).
///
/// - Seeding: the four state words are the first four outputs of `SplitMix64(seed)`.
/// - Step: `result = rotl(s₁ · 5, 7) · 9`; then `t = s₁ << 17`, `s₂ ^= s₀`, `s₃ ^= s₁`,
///   `s₁ ^= s₂`, `s₀ ^= s₃`, `s₂ ^= t`, `s₃ = rotl(s₃, 45)`.
/// - Uniform: the top 53 bits, `(x >> 11) · 2⁻⁵³`, in [0, 1).
/// - Normal: the polar method, as ``NumpyRandomState`` (second value cached).
/// - Bounded integers: masked rejection on 64-bit outputs (unbiased).
///
/// It does not reproduce numpy; use ``NumpyRandomState`` when a lesson must match numpy.
public struct DefaultRandom: RandomSource, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64
    private var polar = PolarNormal()

    public init(seed: UInt64) {
        var seeder = SplitMix64(seed: seed)
        s0 = seeder.next()
        s1 = seeder.next()
        s2 = seeder.next()
        s3 = seeder.next()
        polar = PolarNormal()
    }

    /// A generator with the given state words (not all zero), for checking against the
    /// reference implementation.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(state != (0, 0, 0, 0), "xoshiro256** state must not be all zero")
        (s0, s1, s2, s3) = state
        polar = PolarNormal()
    }

    /// The next 64-bit output of xoshiro256**.
    public mutating func nextUInt64() -> UInt64 {
        let result = Self.rotateLeft(s1 &* 5, by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotateLeft(s3, by: 45)
        return result
    }

    /// `(x >> 11) · 2⁻⁵³`.
    public mutating func nextUniform() -> Double {
        Double(nextUInt64() >> 11) * 0x1.0p-53
    }

    /// Polar method: `x₁ = 2u₁ − 1`, `x₂ = 2u₂ − 1` until `0 < r² < 1`;
    /// return `x₂·√(−2 ln r² / r²)`, cache `x₁·√(−2 ln r² / r²)`.
    public mutating func nextStandardNormal() -> Double {
        var normal = polar
        defer { polar = normal }
        return normal.next { nextUniform() }
    }

    /// A uniform integer in `0...upperBound`: `next & mask` until `≤ upperBound`.
    public mutating func nextInteger(through upperBound: Int) -> Int {
        precondition(upperBound >= 0, "upper bound \(upperBound) is negative")
        if upperBound == 0 { return 0 }
        let max = UInt64(upperBound)
        let mask = UInt64.max >> max.leadingZeroBitCount
        var value: UInt64
        repeat { value = nextUInt64() & mask } while value > max
        return Int(value)
    }

    private static func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
