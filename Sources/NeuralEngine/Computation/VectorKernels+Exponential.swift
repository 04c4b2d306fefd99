import Foundation

extension VectorKernels {
    /// Eight doubles processed together: several independent multiply–add chains keep the
    /// processor busy while each waits for its previous step.
    typealias Lanes = SIMD8<Double>

    /// `eˣ` for eight lanes at once, within 2 ulp of the C library's `exp`
    /// (checked in VectorKernelsTests), so sigmoid and softmax vectorise.
    ///
    /// Write `x = k·ln 2 + r` with `k = round(x / ln 2)` and `|r| ≤ ln 2 / 2`; then
    /// `eˣ = 2ᵏ · eʳ`, where `eʳ` is its Taylor series to `r¹³/13!`, summed by Estrin's scheme (the next term is
    /// below 2⁻⁵⁵ of the sum) and `2ᵏ` is built directly from its bits. `ln 2` is split in a
    /// high part with trailing zero bits and a low part, so `k·ln2High` is exact.
    /// Results below the smallest subnormal are 0, above the largest double `+∞`; NaN stays NaN.
    @inline(__always)
    static func exp(_ x: Lanes) -> Lanes {
        let log2e = 1.4426950408889634
        let ln2High = 0.693145751953125, ln2Low = 1.4286068203094173e-06
        // Round x/ln 2 to an integer: adding 1.5·2⁵² leaves the integer in the low mantissa bits.
        let shifter = Lanes(repeating: 6755399441055744.0)
        var clamped = x
        clamped.replace(with: Lanes(repeating: -746), where: x .< -746)
        clamped.replace(with: Lanes(repeating: 710), where: x .> 710)
        clamped.replace(with: Lanes(repeating: 0), where: x .!= x)
        let shifted = clamped * log2e + shifter
        let k = shifted - shifter
        let r = (clamped - k * ln2High) - k * ln2Low
        // eʳ = Σ cₙ rⁿ (cₙ = 1/n!, n ≤ 13) by Estrin's scheme: pairs (c₀ + c₁r), (c₂ + c₃r), … combined with
        // r², r⁴, r⁸, so the multiply–adds form a shallow tree instead of one long chain.
        let r2 = r * r, r4 = r2 * r2, r8 = r4 * r4
        let p01 = 1 + r, p23 = 0.5 + r * (1.0 / 6), p45 = 1.0 / 24 + r * (1.0 / 120)
        let p67 = 1.0 / 720 + r * (1.0 / 5040), p89 = 1.0 / 40320 + r * (1.0 / 362880)
        let p1011 = 1.0 / 3628800 + r * (1.0 / 39916800), p1213 = 1.0 / 479001600 + r * (1.0 / 6227020800)
        let p03 = p01 + r2 * p23, p47 = p45 + r2 * p67, p811 = p89 + r2 * p1011
        let p07 = p03 + r4 * p47, p813 = p811 + r4 * p1213
        let p = p07 + r8 * p813
        // 2ᵏ as two factors 2^(k/2) and 2^(k − k/2), each a normal double even when k is ±1075.
        let integer = unsafeBitCast(shifted, to: SIMD8<Int64>.self) &- unsafeBitCast(shifter, to: SIMD8<Int64>.self)
        let half = integer &>> 1
        let first = unsafeBitCast((half &+ 1023) &<< 52, to: Lanes.self)
        let second = unsafeBitCast((integer &- half &+ 1023) &<< 52, to: Lanes.self)
        var result = p * first * second
        result.replace(with: Lanes(repeating: 0), where: x .< -745.2)
        result.replace(with: Lanes(repeating: .infinity), where: x .> 709.79)
        result.replace(with: x, where: x .!= x)  // NaN in, NaN out
        return result
    }

    /// `σ(z) = 1 / (1 + e^(−z))` for `count` values (the last `count mod 8` with the C library's `exp`).
    static func sigmoid(_ z: UnsafePointer<Double>, into a: UnsafeMutablePointer<Double>, count: Int) {
        var i = 0
        let one = Lanes(repeating: 1)
        while i + 8 <= count {
            let lanes = UnsafeRawPointer(z + i).loadUnaligned(as: Lanes.self)
            UnsafeMutableRawPointer(a + i).storeBytes(of: one / (one + exp(-lanes)), as: Lanes.self)
            i += 8
        }
        while i < count {
            a[i] = 1 / (1 + Foundation.exp(-z[i]))
            i += 1
        }
    }

    /// `eˣ` of `count` values in place (the last `count mod 8` with the C library's `exp`).
    static func exponentiate(_ x: UnsafeMutablePointer<Double>, count: Int) {
        var i = 0
        while i + 8 <= count {
            let lanes = UnsafeRawPointer(x + i).loadUnaligned(as: Lanes.self)
            UnsafeMutableRawPointer(x + i).storeBytes(of: exp(lanes), as: Lanes.self)
            i += 8
        }
        while i < count {
            x[i] = Foundation.exp(x[i])
            i += 1
        }
    }
}
