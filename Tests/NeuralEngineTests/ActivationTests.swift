import Foundation
import Testing
@testable import NeuralEngine

/// Each activation's derivative against central differences of its value.
/// Tolerance 1e-8: with h = 1e-5 the truncation error is about h²·|f‴| ≲ 1e-10.
@Suite struct ActivationTests {
    static let elementwise: [Activation] = [.identity, .sigmoid, .tanh, .relu, .leakyReLU(slope: 0.1)]

    @Test(arguments: elementwise)
    func derivativeMatchesCentralDifferences(_ activation: Activation) {
        let h = 1e-5
        // Points away from the kinks of ReLU at 0.
        for z in [-2.3, -0.7, -0.01, 0.4, 1.9] {
            let numeric = (activation.value(z + h) - activation.value(z - h)) / (2 * h)
            let analytic = activation.derivative(input: z, output: activation.value(z))
            #expect(abs(numeric - analytic) < 1e-8, "\(activation.name) at \(z): \(numeric) vs \(analytic)")
        }
    }

    @Test func softmaxSubtractsTheRowMaximum() {
        // exp(1000) overflows; the shifted form gives the same result as for [0, 1, 2].
        let z: [Double] = [1000, 1001, 1002]
        var a = [Double](repeating: 0, count: 3)
        z.withUnsafeBufferPointer { zp in a.withUnsafeMutableBufferPointer { ap in
            Activation.softmax.forward(input: zp.baseAddress!, output: ap.baseAddress!, rows: 1, width: 3)
        } }
        let e = [exp(-2.0), exp(-1.0), 1.0], sum = e.reduce(0, +)
        #expect(isClose(a, e.map { $0 / sum }, tolerance: 1e-15))
        #expect(abs(a.reduce(0, +) - 1) < 1e-15)
    }

    @Test func softmaxJacobianMatchesCentralDifferences() {
        let z: [Double] = [0.3, -1.2, 2.0, 0.5]
        func softmax(_ z: [Double]) -> [Double] {
            var a = [Double](repeating: 0, count: z.count)
            z.withUnsafeBufferPointer { zp in a.withUnsafeMutableBufferPointer { ap in
                Activation.softmax.forward(input: zp.baseAddress!, output: ap.baseAddress!, rows: 1, width: z.count)
            } }
            return a
        }
        let jacobian = Activation.softmaxJacobian(output: softmax(z))
        let h = 1e-5
        for j in 0..<z.count {
            var plus = z, minus = z
            plus[j] += h; minus[j] -= h
            let column = zip(softmax(plus), softmax(minus)).map { ($0 - $1) / (2 * h) }
            for i in 0..<z.count {
                #expect(abs(jacobian[i, j] - column[i]) < 1e-9, "J[\(i), \(j)]")
            }
        }
    }

    /// The batched backward (∂E/∂Z from ∂E/∂A) equals ∂E/∂A ⊙ f′ element-wise and J·∂E/∂A for softmax.
    @Test(arguments: elementwise + [.softmax])
    func batchedBackwardMatchesCentralDifferencesOfAWeightedSum(_ activation: Activation) {
        // E = Σ g ⊙ f(Z): then ∂E/∂A = g and ∂E/∂Z is what backward must return.
        var random = TestRandomSource(seed: 7)
        let rows = 3, width = 4
        let z = randomMatrix(rows, width, -2, 2, &random).elements
        let g = randomMatrix(rows, width, -1, 1, &random).elements
        func forward(_ z: [Double]) -> [Double] {
            var a = [Double](repeating: 0, count: z.count)
            z.withUnsafeBufferPointer { zp in a.withUnsafeMutableBufferPointer { ap in
                activation.forward(input: zp.baseAddress!, output: ap.baseAddress!, rows: rows, width: width)
            } }
            return a
        }
        func energy(_ z: [Double]) -> Double { zip(forward(z), g).map(*).reduce(0, +) }
        let a = forward(z)
        var dz = [Double](repeating: 0, count: z.count)
        z.withUnsafeBufferPointer { zp in a.withUnsafeBufferPointer { ap in g.withUnsafeBufferPointer { gp in
            dz.withUnsafeMutableBufferPointer { dp in
                activation.backward(input: zp.baseAddress!, output: ap.baseAddress!, outputGradient: gp.baseAddress!,
                                    inputGradient: dp.baseAddress!, rows: rows, width: width)
            }
        } } }
        let h = 1e-5
        let numeric = z.indices.map { i -> Double in
            var plus = z, minus = z
            plus[i] += h; minus[i] -= h
            return (energy(plus) - energy(minus)) / (2 * h)
        }
        #expect(isClose(dz, numeric, tolerance: 1e-8), "\(activation.name)")
    }
}
