import Foundation
import Testing
@testable import NeuralEngine

/// Each loss's value on hand-computed cases and its gradient against central differences.
@Suite struct LossTests {
    func sampleLoss(_ loss: Loss, _ p: [Double], _ y: [Double]) -> Double {
        p.withUnsafeBufferPointer { pp in y.withUnsafeBufferPointer { yp in
            loss.sampleLoss(prediction: pp.baseAddress!, target: yp.baseAddress!, outputs: p.count, targetWidth: y.count)
        } }
    }

    func sampleGradient(_ loss: Loss, _ p: [Double], _ y: [Double], scale: Double = 1) -> [Double] {
        var g = [Double](repeating: 0, count: p.count)
        p.withUnsafeBufferPointer { pp in y.withUnsafeBufferPointer { yp in g.withUnsafeMutableBufferPointer { gp in
            loss.writeGradient(prediction: pp.baseAddress!, target: yp.baseAddress!, outputs: p.count, targetWidth: y.count,
                               scale: scale, into: gp.baseAddress!)
        } } }
        return g
    }

    @Test func valuesFollowTheSeedFormulas() {
        // Seed 001: mean over outputs of (ŷ − y)²: ((0.5−1)² + (0.2−0)²)/2 = (0.25 + 0.04)/2.
        #expect(abs(sampleLoss(.meanSquaredError, [0.5, 0.2], [1, 0]) - 0.145) < 1e-15)
        // Seed 003 Out[16], first sample: ½(1 − 0.68334694)² = 0.05013458 to 8 decimals.
        #expect(rounded(sampleLoss(.halfSquaredError, [0.68334694], [1]), 8) == 0.05013458)
        // Seed 002: −log of the probability of the true class, one-hot or index alike.
        #expect(abs(sampleLoss(.crossEntropy, [0.7, 0.1, 0.2], [1, 0, 0]) + log(0.7)) < 1e-15)
        #expect(abs(sampleLoss(.crossEntropy, [0.7, 0.1, 0.2], [2]) + log(0.2)) < 1e-15)
        // Clipped to 1e−7: −log(1e−7) instead of infinity.
        #expect(abs(sampleLoss(.crossEntropy, [1, 0, 0], [1]) + log(1e-7)) < 1e-12)
        // Binary: −[y log p + (1 − y) log(1 − p)] = −log(0.8) for p = 0.8, y = 1.
        #expect(abs(sampleLoss(.binaryCrossEntropy, [0.8], [1]) + log(0.8)) < 1e-15)
        // micrograd's max-margin loss: mean(max(0, 1 − y·s)) = (0.7 + 0)/2.
        #expect(abs(sampleLoss(.hinge, [0.3, -2.0], [1, -1]) - 0.35) < 1e-15)
        // CS231n's SVM, true class 1: max(0, −1 − 1 + 1) + max(0, 0.5 − 1 + 1) = 0.5; one-hot alike.
        #expect(abs(sampleLoss(.multiclassHinge, [-1, 1, 0.5], [1]) - 0.5) < 1e-15)
        #expect(abs(sampleLoss(.multiclassHinge, [-1, 1, 0.5], [0, 1, 0]) - 0.5) < 1e-15)
        // Huber, δ = 0.7, d = 0.2, −1.6, 0.5: (½·0.04 + 0.7·(1.6 − 0.35) + ½·0.25)/3 = 1.02/3.
        #expect(abs(sampleLoss(.huber(delta: 0.7), [0.3, -1.2, 2.5], [0.1, 0.4, 2.0]) - 1.02 / 3) < 1e-15)
    }

    @Test func matrixHelpersAverageTheRows() {
        // Seed 003 Out[15] and Out[16]: outputs against targets 1, 1, 0; the mean is the printed 0.11376256.
        let predictions = Matrix([[0.68334694], [0.72697078], [0.71257368]]), targets = Matrix([[1], [1], [0]])
        #expect(Loss.halfSquaredError.sampleLosses(predictions: predictions, targets: targets).map { rounded($0, 8) }
                == [0.05013458, 0.03727248, 0.25388062])
        #expect(rounded(Loss.halfSquaredError.meanLoss(predictions: predictions, targets: targets), 8) == 0.11376256)
    }

    static let cases: [(Loss, [Double], [Double])] = [
        (.meanSquaredError, [0.3, -1.2, 2.5], [0.1, 0.4, 2.0]),
        (.halfSquaredError, [0.3, -1.2, 2.5], [0.1, 0.4, 2.0]),
        (.crossEntropy, [0.2, 0.5, 0.3], [0, 1, 0]),
        (.crossEntropy, [0.2, 0.5, 0.3], [2]),
        (.binaryCrossEntropy, [0.2, 0.7], [0, 1]),
        (.hinge, [0.3, -2.0, 0.4], [1, -1, -1]),
        (.multiclassHinge, [-1, 1, 0.5, 2.2], [1]),
        (.multiclassHinge, [-1, 1, 0.5], [0, 0, 1]),
        (.huber(delta: 0.7), [0.3, -1.2, 2.5], [0.1, 0.4, 2.0]),
    ]

    /// Tolerance 1e-8: h = 1e-6 on functions with bounded third derivatives here.
    @Test(arguments: 0..<cases.count)
    func gradientMatchesCentralDifferences(_ index: Int) {
        let (loss, p, y) = Self.cases[index]
        let analytic = sampleGradient(loss, p, y)
        let h = 1e-6
        let numeric = p.indices.map { j -> Double in
            var plus = p, minus = p
            plus[j] += h; minus[j] -= h
            return (sampleLoss(loss, plus, y) - sampleLoss(loss, minus, y)) / (2 * h)
        }
        #expect(isClose(analytic, numeric, tolerance: 1e-8), "\(loss): \(analytic) vs \(numeric)")
    }

    /// A 3 → 4 → softmax network under cross-entropy: the fused gradient (ŷ − y)/n and the
    /// separate route (−y/ŷ/n, then each sample's softmax Jacobian, seed 002) agree.
    @Test(arguments: [false, true])
    func fusedSoftmaxCrossEntropyEqualsJacobianRoute(classIndices: Bool) throws {
        var random = TestRandomSource(seed: 11)
        let spec = NetworkSpec(layers: [.dense(inputs: 3, outputs: 4), .activation(.softmax)],
                               weightInit: .normal(mean: 0, standardDeviation: 1), biasInit: .uniform(low: -1, high: 1))
        let network = try Network(spec: spec, random: &random)
        let x = randomMatrix(5, 3, -1, 1, &random)
        let classes: [Double] = [0, 3, 1, 2, 3]
        let y = classIndices
            ? Matrix(rows: 5, columns: 1, elements: classes)
            : Matrix(classes.map { c in (0..<4).map { Double($0) == c ? 1 : 0 } })
        let fused = network.gradient(inputs: x, targets: y, loss: .crossEntropy, fuseSoftmaxCrossEntropy: true)
        let separate = network.gradient(inputs: x, targets: y, loss: .crossEntropy, fuseSoftmaxCrossEntropy: false)
        #expect(fused.loss == separate.loss)
        #expect(isClose(fused.gradient, separate.gradient, tolerance: 1e-12))
        // And both are the true gradient.
        let numeric = network.centralDifferenceGradient(inputs: x, targets: y, loss: .crossEntropy)
        #expect(isClose(fused.gradient, numeric, tolerance: 1e-8))
    }

    @Test func sumReductionIsBatchSizeTimesMean() throws {
        var random = TestRandomSource(seed: 3)
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 2), .activation(.tanh), .dense(inputs: 2, outputs: 1)])
        let network = try Network(spec: spec, random: &random)
        let x = randomMatrix(6, 2, -1, 1, &random), y = randomMatrix(6, 1, -1, 1, &random)
        let mean = network.gradient(inputs: x, targets: y, loss: .meanSquaredError, reduction: .mean)
        let sum = network.gradient(inputs: x, targets: y, loss: .meanSquaredError, reduction: .sum)
        #expect(mean.loss == sum.loss)  // the reported loss is always the mean
        #expect(isClose(sum.gradient, mean.gradient.map { 6 * $0 }, tolerance: 1e-14))
    }
}
