import Foundation
import Testing
@testable import NeuralEngine

@Suite struct VectorKernelsTests {
    /// The vector exponential against the C library's `exp` over its whole finite range
    /// (steps of 0.0137 from −746 to 711) and special values: within 2 units in the last place.
    @Test func exponentialIsWithinTwoUlpsOfTheCLibrary() {
        var values: [Double] = stride(from: -746.0, to: 711, by: 0.0137).map { $0 }
        values += [0, -0, 1e-300, -1e-300, 1e-20, 0.5, -0.5, 1, -1, 709.78, 709.782712893384, 710, -745.13, -746, -708.4,
                   0.34657359027997264, -0.34657359027997264]
        var worst = 0.0
        for start in stride(from: 0, to: values.count, by: 8) {
            var lanes = VectorKernels.Lanes(repeating: 0)
            for j in 0..<8 { lanes[j] = values[min(start + j, values.count - 1)] }
            let result = VectorKernels.exp(lanes)
            for j in 0..<8 {
                let x = lanes[j], expected = Foundation.exp(x)
                if expected == 0 || expected.isInfinite {
                    #expect(result[j] == expected, "exp(\(x))")
                } else {
                    worst = max(worst, abs(result[j] - expected) / expected.ulp)
                }
            }
        }
        #expect(worst <= 2, "worst error \(worst) ulp")
        let special = VectorKernels.exp(VectorKernels.Lanes(.nan, .infinity, -.infinity, 800, -800, 0, 1, 2))
        #expect(special[0].isNaN)
        #expect(special[1] == .infinity && special[2] == 0 && special[3] == .infinity && special[4] == 0)
        #expect(special[5] == 1 && special[6] == M_E)
    }

    /// Sigmoid over 8-wide blocks and the scalar tail agree with `1 / (1 + exp(−z))` to 4e-16.
    @Test func sigmoidMatchesTheFormula() {
        let z = stride(from: -40.0, through: 40, by: 0.37).map { $0 }  // 217 values: 27 blocks and a tail of 1
        var a = [Double](repeating: 0, count: z.count)
        z.withUnsafeBufferPointer { zp in a.withUnsafeMutableBufferPointer { ap in
            VectorKernels.sigmoid(zp.baseAddress!, into: ap.baseAddress!, count: z.count)
        } }
        for (value, result) in zip(z, a) {
            #expect(abs(result - 1 / (1 + Foundation.exp(-value))) <= 4e-16, "σ(\(value))")
        }
    }

    @Test func dotAndAddScaledHandleEveryLength() {
        for count in 0...9 {
            let a = (0..<count).map { Double($0) + 0.5 }, b = (0..<count).map { 2 - Double($0) }
            let dot = a.withUnsafeBufferPointer { ap in b.withUnsafeBufferPointer { bp in
                VectorKernels.dot(ap.baseAddress!, bp.baseAddress!, count: count)
            } }
            #expect(dot == zip(a, b).map(*).reduce(0, +), "dot of length \(count)")
            var y = b
            a.withUnsafeBufferPointer { ap in y.withUnsafeMutableBufferPointer { yp in
                VectorKernels.addScaled(3, ap.baseAddress!, to: yp.baseAddress!, count: count)
            } }
            #expect(y == zip(a, b).map { 3 * $0 + $1 }, "axpy of length \(count)")
        }
    }

    /// The tiled product against the textbook triple loop, for every shape up to 9 × 9 × 9 (full
    /// tiles and every kind of edge), reading A both directly and transposed through strides.
    @Test func tiledProductMatchesTheTripleLoop() {
        var random = TestRandomSource(seed: 5)
        for m in 1...9 {
            for inner in 1...9 {
                for n in 1...9 {
                    let a = (0..<(m * inner)).map { _ in random.uniform(-1, 1) }
                    let b = (0..<(inner * n)).map { _ in random.uniform(-1, 1) }
                    let start = (0..<(m * n)).map { _ in random.uniform(-1, 1) }
                    for transposed in [false, true] {
                        // A[i, p] lives at a[i·inner + p], or at a[p·m + i] when stored transposed.
                        func element(_ i: Int, _ p: Int) -> Double { transposed ? a[p * m + i] : a[i * inner + p] }
                        var expected = start
                        for i in 0..<m { for j in 0..<n { for p in 0..<inner { expected[i * n + j] += element(i, p) * b[p * n + j] } } }
                        var c = start
                        a.withUnsafeBufferPointer { ap in b.withUnsafeBufferPointer { bp in c.withUnsafeMutableBufferPointer { cp in
                            let matrix = transposed
                                ? VectorKernels.StridedMatrix(base: ap.baseAddress!, rowStride: 1, columnStride: m)
                                : VectorKernels.StridedMatrix(base: ap.baseAddress!, rowStride: inner, columnStride: 1)
                            VectorKernels.multiplyAccumulate(matrix, bp.baseAddress!, into: cp.baseAddress!, m: m, inner: inner, n: n)
                        } } }
                        #expect(isClose(c, expected, tolerance: 1e-14), "\(m)×\(inner)×\(n), transposed: \(transposed)")
                    }
                }
            }
        }
    }
}
