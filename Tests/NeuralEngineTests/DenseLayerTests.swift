import Foundation
import Testing
@testable import NeuralEngine

/// Every layer's parameter gradients from backpropagation against central differences
/// computed the slow, obvious way: copy the network, nudge one parameter, recompute the loss.
@Suite struct DenseLayerTests {
    func bruteForceGradient(_ network: Network, _ x: Matrix, _ y: Matrix, _ loss: Loss, h: Double = 1e-5) -> [Double] {
        network.parameters.indices.map { i in
            var plus = network, minus = network
            plus.parameters[i] += h
            minus.parameters[i] -= h
            return (plus.loss(inputs: x, targets: y, loss: loss) - minus.loss(inputs: x, targets: y, loss: loss)) / (2 * h)
        }
    }

    static let architectures: [(String, [LayerSpec], Loss)] = [
        ("per-neuron tanh", [.dense(inputs: 3, outputs: 4), .activation(.tanh), .dense(inputs: 4, outputs: 2)], .meanSquaredError),
        ("shared sigmoid", [.dense(inputs: 3, outputs: 4, bias: .shared), .activation(.sigmoid),
                            .dense(inputs: 4, outputs: 1, bias: .shared), .activation(.sigmoid)], .binaryCrossEntropy),
        ("no bias", [.dense(inputs: 3, outputs: 3, bias: .none), .activation(.sigmoid),
                     .dense(inputs: 3, outputs: 2, bias: .none)], .halfSquaredError),
        ("relu softmax", [.dense(inputs: 3, outputs: 5), .activation(.relu), .dense(inputs: 5, outputs: 3),
                          .activation(.softmax)], .crossEntropy),
        // 9 and 10 outputs take the row form; 2 outputs with 5 samples the column form (see DenseLayer).
        ("wide layers", [.dense(inputs: 3, outputs: 9), .activation(.tanh), .dense(inputs: 9, outputs: 10), .activation(.sigmoid),
                         .dense(inputs: 10, outputs: 2)], .meanSquaredError),
        ("leaky three layers", [.dense(inputs: 3, outputs: 4), .activation(.leakyReLU(slope: 0.1)),
                                .dense(inputs: 4, outputs: 4), .dense(inputs: 4, outputs: 2), .activation(.identity)], .meanSquaredError),
    ]

    /// Tolerance 1e-7 (relative, absolute below 1): central differences with h = 1e-5 err by ~1e-10.
    @Test(arguments: 0..<architectures.count)
    func backpropagationMatchesCentralDifferences(_ index: Int) throws {
        let (name, layers, loss) = Self.architectures[index]
        var random = TestRandomSource(seed: UInt64(100 + index))
        let network = try Network(spec: NetworkSpec(layers: layers, weightInit: .normal(mean: 0, standardDeviation: 1),
                                                     biasInit: .uniform(low: -0.5, high: 0.5)), random: &random)
        let x = randomMatrix(5, 3, -1, 1, &random)
        let y: Matrix = switch loss {
        case .crossEntropy: Matrix(rows: 5, columns: 1, elements: [0, 2, 1, 1, 0])
        case .binaryCrossEntropy: Matrix(rows: 5, columns: 1, elements: [0, 1, 1, 0, 1])
        default: randomMatrix(5, network.outputCount, -1, 1, &random)
        }
        let backprop = network.gradient(inputs: x, targets: y, loss: loss).gradient
        let brute = bruteForceGradient(network, x, y, loss)
        #expect(isClose(backprop, brute, tolerance: 1e-7), "\(name)")
        // The engine's own central differences (reusing the cached pass) agree with the slow way.
        let reused = network.centralDifferenceGradient(inputs: x, targets: y, loss: loss)
        #expect(isClose(reused, brute, tolerance: 1e-7), "\(name)")
    }

    @Test func forwardIsXTimesWPlusB() throws {
        // 2 samples, 3 inputs, 2 outputs: Y = X·W + b by hand.
        let w = Matrix([[1, 2], [3, 4], [5, 6]])
        let spec = NetworkSpec(layers: [.dense(inputs: 3, outputs: 2, weightInit: .literal(w), biasInit: .literal(Matrix([[0.5, -1]])))])
        var random = TestRandomSource(seed: 0)
        let network = try Network(spec: spec, random: &random)
        let y = network.predict(Matrix([[1, 0, 2], [-1, 1, 1]]))
        // [1·1 + 2·5 + 0.5, 1·2 + 2·6 − 1] and [−1 + 3 + 5 + 0.5, −2 + 4 + 6 − 1].
        #expect(y == Matrix([[11.5, 13], [7.5, 7]]))
    }

    @Test func sharedBiasAddsOneScalarToEveryOutput() throws {
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 3, bias: .shared,
                                               weightInit: .constant(0), biasInit: .constant(0.25))])
        var random = TestRandomSource(seed: 0)
        let network = try Network(spec: spec, random: &random)
        #expect(network.parameterCount == 7)
        #expect(network.predict(Matrix([[3, 4]])) == Matrix([[0.25, 0.25, 0.25]]))
    }

    /// Seed 002's layer of three neurons on a batch of three samples: `np.dot(inputs, weights.T) + biases`.
    /// Our W is `inputs × outputs`, the transpose of the seed's neuron-per-row `weights`.
    @Test func seed002LayerOnABatch() throws {
        let neuronWeights = Matrix([[0.2, 0.8, -0.5, 1], [0.5, -0.91, 0.26, -0.5], [-0.26, -0.27, 0.17, 0.87]])
        let spec = NetworkSpec(layers: [.dense(inputs: 4, outputs: 3, weightInit: .literal(neuronWeights.transposed),
                                               biasInit: .literal(Matrix([[2, 3, 0.5]])))])
        let network = try Network(spec: spec)
        let output = network.predict(Matrix([[1, 2, 3, 2.5], [2, 5, -1, 2], [-1.5, 2.7, 3.3, -0.8]]))
        // By hand, first sample: 1·0.2 + 2·0.8 + 3·(−0.5) + 2.5·1 + 2 = 4.8, and so on.
        let expected = Matrix([[4.8, 1.21, 2.385], [8.9, -1.81, 0.2], [1.41, 1.051, 0.026]])
        #expect(isClose(output.elements, expected.elements, tolerance: 1e-12), "\(output)")
    }

    /// Prediction runs in chunks of rows (2048); 5000 rows, the last chunk short, give the
    /// same outputs as predicting rows one at a time.
    @Test func chunkedPredictionEqualsRowByRow() throws {
        var random = TestRandomSource(seed: 31)
        let network = try Network(spec: NetworkSpec(layers: [.dense(inputs: 2, outputs: 5), .activation(.tanh),
                                                             .dense(inputs: 5, outputs: 2), .activation(.softmax)]), random: &random)
        let x = randomMatrix(5000, 2, -1, 1, &random)
        let all = network.predict(x)
        for row in [0, 1, 2047, 2048, 4095, 4096, 4999] {
            let single = network.predict(Matrix(rows: 1, columns: 2, elements: [x[row, 0], x[row, 1]]))
            #expect(isClose([all[row, 0], all[row, 1]], single.elements, tolerance: 1e-15), "row \(row)")
        }
        #expect(network.predict(Matrix(rows: 0, columns: 2)).rows == 0)
    }

    /// Forty random networks (1–10 inputs and outputs per layer, 1–9 samples, every bias mode and
    /// element-wise activation): every loop order of ``DenseLayer`` — plain, tiled, column form —
    /// gives the brute-force gradient (tolerance as above).
    @Test func randomShapesMatchCentralDifferences() throws {
        var random = TestRandomSource(seed: 99)
        let activations: [Activation] = [.identity, .sigmoid, .tanh, .leakyReLU(slope: 0.2)]
        let biases: [BiasMode] = [.perNeuron, .shared, .none]
        for trial in 0..<40 {
            var layers: [LayerSpec] = []
            var width = 1 + random.nextInteger(through: 9)
            let inputs = width
            for _ in 0..<(1 + random.nextInteger(through: 2)) {
                let outputs = 1 + random.nextInteger(through: 9)
                layers.append(.dense(inputs: width, outputs: outputs, bias: biases[random.nextInteger(through: 2)]))
                layers.append(.activation(activations[random.nextInteger(through: 3)]))
                width = outputs
            }
            let network = try Network(spec: NetworkSpec(layers: layers, weightInit: .normal(mean: 0, standardDeviation: 0.8),
                                                         biasInit: .uniform(low: -0.5, high: 0.5)), random: &random)
            let rows = 1 + random.nextInteger(through: 8)
            let x = randomMatrix(rows, inputs, -1, 1, &random), y = randomMatrix(rows, width, -1, 1, &random)
            let backprop = network.gradient(inputs: x, targets: y, loss: .meanSquaredError).gradient
            let brute = bruteForceGradient(network, x, y, .meanSquaredError)
            #expect(isClose(backprop, brute, tolerance: 1e-7), "trial \(trial): \(network.summary.map(\.description)), \(rows) rows")
            // Prediction in one pass equals prediction row by row (a batch of 1 takes the plain loops).
            let oneByOne = (0..<rows).flatMap { network.predict(Matrix([x.nestedRows[$0]])).elements }
            #expect(isClose(network.predict(x).elements, oneByOne, tolerance: 1e-14), "trial \(trial)")
        }
    }
}
