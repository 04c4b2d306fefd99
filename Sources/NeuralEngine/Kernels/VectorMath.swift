/// `eˣ`, `eˣ − 1` and `tanh` for eight values at once, and the batch functions built on
/// them (sigmoid, softmax, tanh).
///
/// The C library's functions are a call per element and cannot be vectorised; these are
/// straight-line arithmetic on `SIMD8<Double>`. Every element goes through the same
/// lanes arithmetic (a short tail is padded), so a value's result never depends on its
/// position in a batch. Accuracy against the C library (checked by `VectorMathTests` on a
/// million arguments each): `exp` within 1 ulp, `tanh` within 3 ulp.
enum VectorMath {
    typealias Lanes = SIMD8<Double>

    /// `eˣ` lane by lane: `2ᵏ·(1 + s)` from ``reduced(_:)``, adding the small terms first and 1
    /// last. Below −745.2 the result is 0, above 709.8 `+∞`, and NaN stays NaN.
    @inline(__always)
    static func exp(_ x: Lanes) -> Lanes {
        let (s, first, second) = reduced(x)
        var result = (s + 1) * first * second
        result.replace(with: 0, where: x .< -745.2)
        result.replace(with: .infinity, where: x .> 709.8)
        result.replace(with: x, where: x .!= x)
        return result
    }

    /// `eˣ − 1` lane by lane, accurate also where it is tiny: with the same reduction,
    /// `eˣ − 1 = 2ᵏ·(1 + s) − 1 = 2ᵏ·s + (2ᵏ − 1)`, where `s = eʳ − 1 = r + r²·q(r)` is
    /// computed without forming `1 + s`, and `2ᵏ − 1` is exact for `|k| ≤ 53`.
    /// Below −40 the result is −1, above 709.8 `+∞`; NaN stays NaN.
    @inline(__always)
    static func expm1(_ x: Lanes) -> Lanes {
        let (s, first, second) = reduced(x)
        let power = first * second
        var result = s * first * second + (power - 1)
        result.replace(with: -1, where: x .< -40)
        result.replace(with: .infinity, where: x .> 709.8)
        result.replace(with: x, where: x .!= x)
        return result
    }

    /// The shared range reduction of ``exp(_:)-swift.type.method`` and ``expm1(_:)``:
    /// `eˣ = 2ᵏ·(1 + s)` with `s = eʳ − 1`, and `2ᵏ` as two factors `first·second`.
    ///
    /// `x = k·ln 2 + r` with `k = round(x / ln 2)` and `|r| ≤ ln 2 / 2`. `ln 2` is split into
    /// `ln2High` (its low 32 bits zero, so `k·ln2High` is exact for `|k| < 2²⁰`) and `ln2Low`.
    /// `s = r + r²·q(r)` with `q(r) = Σ_{n=2…13} rⁿ⁻²/n!`, the Taylor polynomial of `eʳ − 1`
    /// (the first omitted term is below `2⁻⁵⁵`), by Estrin's scheme: pairs `cₙ + cₙ₊₁·r`
    /// combined with `r²` and `r⁴`, a dependent chain of 4 steps instead of 11. `2ᵏ` is
    /// assembled from exponent bits as `2^⌊k/2⌋·2^(k−⌊k/2⌋)`, so subnormal results come out right.
    @inline(__always)
    static func reduced(_ x: Lanes) -> (s: Lanes, first: Lanes, second: Lanes) {
        let log2e = 1.4426950408889634
        let ln2High = 0.6931471803691238, ln2Low = 1.9082149292705877e-10
        var clamped = x
        clamped.replace(with: -746, where: x .< -746)
        clamped.replace(with: 710, where: x .> 710)
        // Adding 1.5·2⁵² rounds to an integer held in the low bits of the sum.
        let shifter = Lanes(repeating: 6_755_399_441_055_744.0)
        let shifted = clamped * log2e + shifter
        let k = shifted - shifter
        let r = (clamped - k * ln2High) - k * ln2Low
        let r2 = r * r, r4 = r2 * r2
        let q01 = r * (1.0 / 6) + 0.5
        let q23 = r * (1.0 / 120) + 1.0 / 24
        let q45 = r * (1.0 / 5_040) + 1.0 / 720
        let q67 = r * (1.0 / 362_880) + 1.0 / 40_320
        let q89 = r * (1.0 / 39_916_800) + 1.0 / 3_628_800
        let q1011 = r * (1.0 / 6_227_020_800) + 1.0 / 479_001_600
        let q03 = q23 * r2 + q01
        let q47 = q67 * r2 + q45
        let q811 = q1011 * r2 + q89
        let q = (q811 * r4 + q47) * r4 + q03
        let s = r2 * q + r
        let integer = unsafeBitCast(shifted, to: SIMD8<Int64>.self) &- unsafeBitCast(shifter, to: SIMD8<Int64>.self)
        let half = integer &>> 1
        let first = unsafeBitCast((half &+ 1023) &<< 52, to: Lanes.self)
        let second = unsafeBitCast((integer &- half &+ 1023) &<< 52, to: Lanes.self)
        return (s, first, second)
    }

    /// `tanh(x) = sign(x)·(e^(2|x|) − 1) / (e^(2|x|) − 1 + 2)` lane by lane, through ``expm1(_:)``
    /// so small arguments keep their relative accuracy; ±1 beyond |x| = 20, where
    /// `1 − tanh` is below half an ulp of 1.
    @inline(__always)
    static func tanh(_ x: Lanes) -> Lanes {
        let bits = unsafeBitCast(x, to: SIMD8<UInt64>.self)
        let signBits = bits & (1 << 63)
        let magnitude = unsafeBitCast(bits & ~(1 << 63), to: Lanes.self)
        let e = expm1(magnitude + magnitude)
        var result = e / (e + 2)
        result.replace(with: 1, where: magnitude .> 20)
        // The sign of x, also for −0.
        result = unsafeBitCast(unsafeBitCast(result, to: SIMD8<UInt64>.self) | signBits, to: Lanes.self)
        result.replace(with: x, where: x .!= x)
        return result
    }

    /// One `eˣ` through the lanes arithmetic (the same value a batch would give).
    static func exp(_ x: Double) -> Double {
        exp(Lanes(repeating: x))[0]
    }

    /// One `tanh(x)` through the lanes arithmetic (the same value a batch would give).
    static func tanh(_ x: Double) -> Double {
        tanh(Lanes(repeating: x))[0]
    }

    /// `a = tanh(z)` for `count` values (eight at a time; the last `count mod 8` padded).
    static func tanh(_ z: UnsafePointer<Double>, into a: UnsafeMutablePointer<Double>, count: Int) {
        var i = 0
        while i + 8 <= count {
            store(tanh(lanes(at: z + i)), at: a + i)
            i += 8
        }
        if i < count { storePartial(tanh(partialLanes(at: z + i, count: count - i)), at: a + i, count: count - i) }
    }

    /// Eight values at `pointer`.
    @inline(__always)
    static func lanes(at pointer: UnsafePointer<Double>) -> Lanes {
        UnsafeRawPointer(pointer).loadUnaligned(as: Lanes.self)
    }

    @inline(__always)
    static func store(_ value: Lanes, at pointer: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: Lanes.self)
    }

    /// The last `count < 8` values at `pointer`, padded with zeros.
    @inline(__always)
    static func partialLanes(at pointer: UnsafePointer<Double>, count: Int) -> Lanes {
        var value = Lanes()
        for lane in 0..<count { value[lane] = pointer[lane] }
        return value
    }

    @inline(__always)
    static func storePartial(_ value: Lanes, at pointer: UnsafeMutablePointer<Double>, count: Int) {
        for lane in 0..<count { pointer[lane] = value[lane] }
    }

    /// `σ(z) = 1 / (1 + e^(−z))` lane by lane.
    @inline(__always)
    static func sigmoid(_ z: Lanes) -> Lanes {
        1 / (1 + exp(-z))
    }

    /// `a = σ(z)` for `count` values (eight at a time; the last `count mod 8` padded).
    static func sigmoid(_ z: UnsafePointer<Double>, into a: UnsafeMutablePointer<Double>, count: Int) {
        var i = 0
        while i + 8 <= count {
            store(sigmoid(lanes(at: z + i)), at: a + i)
            i += 8
        }
        if i < count { storePartial(sigmoid(partialLanes(at: z + i, count: count - i)), at: a + i, count: count - i) }
    }

    /// `y = eˣ` for `count` values (`x` and `y` may be the same memory).
    static func exponentiate(_ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>, count: Int) {
        var i = 0
        while i + 8 <= count {
            store(exp(lanes(at: x + i)), at: y + i)
            i += 8
        }
        if i < count { storePartial(exp(partialLanes(at: x + i, count: count - i)), at: y + i, count: count - i) }
    }
}
