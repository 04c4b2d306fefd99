import Foundation
import Testing
@testable import NeuralEngine

@Suite struct VectorMathTests {
    /// Distance in units in the last place between two finite doubles of the same sign.
    static func ulps(_ a: Double, _ b: Double) -> UInt64 {
        if a == b { return 0 }
        let x = a.bitPattern, y = b.bitPattern
        return x > y ? x - y : y - x
    }

    /// Arguments that exercise every part of `exp`: the range reduction `x = k·ln2 + r`
    /// leaves `|r| ≤ ln2/2` and scales by `2ᵏ` exactly, so the error depends on `r` and
    /// on how exactly `k·ln2` is subtracted (worst for large `|k|`). Hence 1 001 values
    /// of `r` across the whole reduced interval, ends included, each at k from −1020
    /// to 1023 (exponents near both ends of the finite range and around 0), plus 2 001
    /// arguments in [−10⁻³, 10⁻³] where `eˣ ≈ 1 + x`, and 4 000 random ones.
    static var expArguments: [Double] {
        let halfLn2 = 0.34657359027997264
        let ks: [Double] = [-1020, -700, -128, -31, -2, -1, 0, 1, 2, 31, 128, 700, 1023]
        var arguments: [Double] = []
        for k in ks {
            for step in 0...1000 {
                let x = k * 0.6931471805599453 + (-halfLn2 + Double(step) * 2 * halfLn2 / 1000)
                if x > -708, x < 709.7 { arguments.append(x) }
            }
        }
        arguments += (0...2000).map { Double($0 - 1000) * 1e-6 }
        var random = TestRandomSource(seed: 2026)
        arguments += (0..<4000).map { _ in random.uniform(-708, 709.7) }
        return arguments
    }

    /// The lanes `exp` against the C library's on ``expArguments``: never more than 1 ulp apart.
    @Test func expIsWithinOneUlpOfTheCLibrary() {
        var worst: UInt64 = 0
        var worstArgument = 0.0
        for x in Self.expArguments {
            let distance = Self.ulps(VectorMath.exp(x), Foundation.exp(x))
            if distance > worst { (worst, worstArgument) = (distance, x) }
        }
        #expect(worst <= 1, "\(worst) ulp at x = \(worstArgument)")
    }

    /// Subnormal results, overflow, underflow and the special values.
    @Test(arguments: [-745.2, -745.0, -740.0, -720.5, -708.5, 0.0, -0.0, 1e-300, 709.7, 709.78, 709.8, 710.0, 1000.0,
                      -1000.0, .infinity, -.infinity])
    func expAtTheEdges(x: Double) {
        let expected = Foundation.exp(x)
        let actual = VectorMath.exp(x)
        if expected.isFinite && expected >= Double.leastNormalMagnitude {
            #expect(Self.ulps(actual, expected) <= 1, "exp(\(x)) = \(actual), C library \(expected)")
        } else {
            // Subnormal results keep fewer bits; compare absolutely.
            #expect(actual == expected || abs(actual - expected) <= 2 * Double.leastNonzeroMagnitude,
                    "exp(\(x)) = \(actual), C library \(expected)")
        }
    }

    @Test func expOfNaNIsNaN() {
        #expect(VectorMath.exp(Double.nan).isNaN)
    }

    /// A batch gives every element the value it has alone, also in the padded tail
    /// (11 = 8 + 3), so a sample's activation never depends on its place in a batch.
    @Test func batchSigmoidMatchesElementByElement() {
        let z = (0..<11).map { Double($0) * 1.7 - 9 }
        var a = [Double](repeating: 0, count: 11)
        z.withUnsafeBufferPointer { zp in
            a.withUnsafeMutableBufferPointer { VectorMath.sigmoid(zp.baseAddress!, into: $0.baseAddress!, count: 11) }
        }
        for (zi, ai) in zip(z, a) {
            #expect(ai == Activation.sigmoid.value(zi))
            // And within 2 ulp of the formula with the C library's exp.
            #expect(Self.ulps(ai, 1 / (1 + Foundation.exp(-zi))) <= 2)
        }
    }
}

@Suite struct VectorTanhTests {
    /// The lanes `tanh` against the C library's: never more than 3 ulp apart (`expm1`'s
    /// error, the addition and the division, besides the C library's own). `tanh(x)`
    /// goes through `expm1(2|x|)`, so the arguments are those that exercise `expm1`'s
    /// reduction (`2|x| = k·ln2 + r` for every k up to the saturation at 19.06, with 401
    /// values of r each, ends included), 4 001 small ones in [−10⁻³, 10⁻³] where
    /// `1 − 2/(e^{2x} + 1)` would cancel, and 4 000 random ones in [−25, 25].
    @Test func tanhIsWithinThreeUlpOfTheCLibrary() {
        let ln2 = 0.6931471805599453
        var arguments: [Double] = []
        for k in 0...28 {
            for step in 0...400 {
                let twice = Double(k) * ln2 + (-ln2 / 2 + Double(step) * ln2 / 400)
                if twice > 0 { arguments += [twice / 2, -twice / 2] }
            }
        }
        arguments += (0...4000).map { Double($0 - 2000) * 5e-7 }
        var random = TestRandomSource(seed: 2027)
        arguments += (0..<4000).map { _ in random.uniform(-25, 25) }
        var worst: UInt64 = 0
        var worstArgument = 0.0
        for x in arguments {
            let distance = VectorMathTests.ulps(VectorMath.tanh(x), Foundation.tanh(x))
            if distance > worst { (worst, worstArgument) = (distance, x) }
        }
        #expect(worst <= 3, "\(worst) ulp at x = \(worstArgument)")
    }

    @Test(arguments: [0.0, -0.0, 1e-300, -1e-300, 5e-9, 0.55, -0.55, 19.9, 20.5, -30, .infinity, -.infinity])
    func tanhAtTheEdges(x: Double) {
        let expected = Foundation.tanh(x)
        #expect(VectorMathTests.ulps(VectorMath.tanh(x), expected) <= 3, "tanh(\(x)) = \(VectorMath.tanh(x)), C library \(expected)")
        #expect(VectorMath.tanh(x).sign == expected.sign)
    }

    @Test func tanhOfNaNIsNaN() {
        #expect(VectorMath.tanh(Double.nan).isNaN)
    }
}
