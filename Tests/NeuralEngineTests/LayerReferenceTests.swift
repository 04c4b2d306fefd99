import Foundation
import Testing
@testable import NeuralEngine

/// Convolution, max pooling and dropout against numpy (`Fixtures/layer_reference.py`, which
/// writes `layer_reference.json`: im2col forward and backward for conv2d, a loop for maxpool,
/// nnfs's `np.random.binomial(1, 1 − p, size) / (1 − p)` for dropout masks).
@Suite struct LayerReferenceTests {
    struct Reference: Decodable {
        struct Convolution: Decodable {
            var shape: [Int], filters: Int, kernel: Int, stride: Int, padding: Int
            var x: [Double], w: [Double], b: [Double], y: [Double], dy: [Double], dw: [Double], db: [Double], dx: [Double]
        }
        struct Pooling: Decodable {
            var shape: [Int], size: Int, stride: Int
            var x: [Double], y: [Double], dy: [Double], dx: [Double]
        }
        struct Mask: Decodable {
            var seed: UInt32, rows: Int, width: Int, rate: Double, mask: [Double]
        }
        struct Training: Decodable {
            var seed: UInt32, rate: Double, learning_rate: Double, epochs: Int
            var x: [Double], labels: [Double], initial: [Double], losses: [Double], final: [Double]
        }
        var conv2d: [Convolution]
        var maxpool: [Pooling]
        var dropout: [Mask]
        var dropout_training: Training
    }

    static let reference: Reference = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/layer_reference.json")
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }()

    static func shape(_ s: [Int]) -> FeatureShape { FeatureShape(channels: s[1], height: s[2], width: s[3]) }

    /// Forward and all three backward quantities within 1e-12 of numpy's im2col.
    @Test(arguments: 0..<5)
    func convolutionEqualsNumpyIm2col(index: Int) throws {
        let c = Self.reference.conv2d[index]
        let run = try LayerHarness(.conv2d(filters: c.filters, kernel: c.kernel, stride: c.stride, padding: c.padding),
                                   input: Self.shape(c.shape), rows: c.shape[0], x: c.x, parameters: c.w + c.b,
                                   outputGradient: c.dy)
        #expect(largestDifference(run.y, c.y) < 1e-12)
        #expect(largestDifference(run.gradient, c.dw + c.db) < 1e-12)
        #expect(largestDifference(run.dx, c.dx) < 1e-12)
    }

    /// Max pooling picks numpy's first maximum and sends the gradient there: equal exactly.
    @Test(arguments: 0..<3)
    func maxPoolingEqualsNumpy(index: Int) throws {
        let p = Self.reference.maxpool[index]
        let run = try LayerHarness(.maxpool(size: p.size, stride: p.stride), input: Self.shape(p.shape), rows: p.shape[0],
                                   x: p.x, outputGradient: p.dy)
        #expect(run.y == p.y)
        #expect(run.dx == p.dx)
    }

    /// With `NumpyRandomState(seed)` the dropout mask is numpy's `binomial(1, 1 − p, size) / (1 − p)`,
    /// bit for bit, and the training pass multiplies by it in both directions.
    @Test(arguments: 0..<3)
    func dropoutMaskEqualsNumpyBinomial(index: Int) throws {
        let d = Self.reference.dropout[index]
        var random = NumpyRandomState(seed: d.seed)
        let count = d.rows * d.width
        let x = (0..<count).map { Double($0 % 7) - 2.5 }
        let dy = (0..<count).map { 0.25 * Double($0 % 5) - 0.5 }
        let run = try LayerHarness(.dropout(rate: d.rate), input: .flat(d.width), rows: d.rows, x: x,
                                   outputGradient: dy, training: true, random: &random)
        #expect(run.y == zip(x, d.mask).map { $0 * $1 })
        #expect(run.dx == zip(dy, d.mask).map { $0 * $1 })
        #expect(d.mask.contains(0) && d.mask.contains { $0 > 1 })  // both kept and dropped values occur
    }

    /// Outside training, dropout passes values and gradients through untouched and draws nothing.
    @Test func dropoutIsTheIdentityInEvaluation() throws {
        let x = [0.5, -1, 2, 3, -4, 0.25]
        let run = try LayerHarness(.dropout(rate: 0.5), input: .flat(3), rows: 2, x: x, outputGradient: x.map { -$0 })
        #expect(run.y == x)
        #expect(run.dx == x.map { -$0 })
    }

    /// A whole nnfs-style training run with dropout, masks from `np.random.seed(3)`: the epoch
    /// losses and the final parameters equal numpy's to 1e-12 (so the trainer draws one mask per
    /// batch, before its forward pass, in numpy's order, and applies it in both directions).
    @Test func trainingWithDropoutEqualsNumpy() throws {
        let t = Self.reference.dropout_training
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 6), .activation(.relu), .dropout(rate: t.rate),
                                        .dense(inputs: 6, outputs: 3), .activation(.softmax)])
        var network = try Network(spec: spec, parameters: t.initial)
        var random = NumpyRandomState(seed: t.seed)
        let options = TrainingOptions(epochs: t.epochs, loss: .crossEntropy, optimizer: .sgd(learningRate: t.learning_rate),
                                      batching: .fullBatch, measuresInitialLoss: false)
        let result = try Trainer(options: options).train(
            &network, inputs: Matrix(rows: 10, columns: 2, elements: t.x),
            targets: Matrix(rows: 10, columns: 1, elements: t.labels), random: &random)
        #expect(largestDifference(result.losses, t.losses) < 1e-12)
        #expect(largestDifference(network.parameters, t.final) < 1e-12)
    }
}
