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

    /// The lanes `exp` against the C library's on a million arguments spread over its whole
    /// finite range, and densely near 0 where `eˣ ≈ 1 + x`: never more than 1 ulp apart.
    @Test func expIsWithinOneUlpOfTheCLibrary() {
        var random = TestRandomSource(seed: 2026)
        var worst: UInt64 = 0
        var worstArgument = 0.0
        for index in 0..<1_000_000 {
            let x = index % 4 == 0 ? random.uniform(-1e-3, 1e-3)
                : (index % 4 == 1 ? random.uniform(-20, 20) : random.uniform(-708, 709.7))
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
    /// The lanes `tanh` against the C library's on a million arguments, half of them small
    /// (where `1 − 2/(e^{2x} + 1)` would cancel): never more than 3 ulp apart (`expm1`'s
    /// error, the addition and the division, besides the C library's own).
    @Test func tanhIsWithinThreeUlpOfTheCLibrary() {
        var random = TestRandomSource(seed: 2027)
        var worst: UInt64 = 0
        var worstArgument = 0.0
        for index in 0..<1_000_000 {
            let x = index % 2 == 0 ? random.uniform(-1e-3, 1e-3) : random.uniform(-25, 25)
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
