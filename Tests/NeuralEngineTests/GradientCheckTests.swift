import Foundation
import Testing
@testable import NeuralEngine

@Suite struct GradientCheckTests {
    static let cases: [(String, NetworkSpec, Loss)] = [
        ("tanh regression", NetworkSpec(layers: [.dense(inputs: 3, outputs: 4), .activation(.tanh), .dense(inputs: 4, outputs: 2)],
                                        weightInit: .xavierNormal, biasInit: .uniform(low: -0.5, high: 0.5)), .meanSquaredError),
        ("sigmoid binary", NetworkSpec(layers: [.dense(inputs: 3, outputs: 5), .activation(.sigmoid), .dense(inputs: 5, outputs: 1),
                                                .activation(.sigmoid)], weightInit: .heNormal, biasInit: .uniform(low: -0.5, high: 0.5)),
         .binaryCrossEntropy),
        ("softmax classes", NetworkSpec(layers: [.dense(inputs: 3, outputs: 4), .activation(.tanh), .dense(inputs: 4, outputs: 3),
                                                 .activation(.softmax)], weightInit: .xavierUniform, biasInit: .uniform(low: -0.5, high: 0.5)),
         .crossEntropy),
    ]

    /// Default h = 1e-5 and threshold 1e-6 pass on a correct network.
    @Test(arguments: 0..<cases.count)
    func passesOnACorrectNetwork(_ index: Int) throws {
        let (name, spec, loss) = Self.cases[index]
        var random = TestRandomSource(seed: UInt64(40 + index))
        let network = try Network(spec: spec, random: &random)
        let x = randomMatrix(6, 3, -1, 1, &random)
        let y: Matrix = switch loss {
        case .crossEntropy: Matrix(rows: 6, columns: 1, elements: [0, 1, 2, 2, 1, 0])
        case .binaryCrossEntropy: Matrix(rows: 6, columns: 1, elements: [0, 1, 1, 0, 1, 0])
        default: randomMatrix(6, network.outputCount, -1, 1, &random)
        }
        let report = try GradientCheck(loss: loss).run(on: network, inputs: x, targets: y)
        #expect(report.passed, "\(name): \(report.layers)")
        #expect(report.layers.map(\.name) == ["W1", "W2"])
        #expect(report.layers.map(\.layerIndex) == [0, 2])
        #expect(report.layers.allSatisfy { $0.biasError != nil })
        #expect(report.maximumError < 1e-6)
    }

    /// A gradient that is wrong in one entry of W2 fails that layer only, with the expected error.
    @Test func flagsTheLayerWithAWrongGradient() throws {
        let (_, spec, loss) = Self.cases[0]
        var random = TestRandomSource(seed: 1)
        let network = try Network(spec: spec, random: &random)
        let x = randomMatrix(6, 3, -1, 1, &random), y = randomMatrix(6, 2, -1, 1, &random)
        var analytic = network.gradient(inputs: x, targets: y, loss: loss).gradient
        let numeric = network.centralDifferenceGradient(inputs: x, targets: y, loss: loss)
        let entry = network.denseLayers[1].weightOffset + 3
        analytic[entry] *= 1.02  // 2 % too large: relative error 0.02/2.02
        let report = GradientCheck(loss: loss).compare(analytic: analytic, numeric: numeric, layout: network.denseLayers)
        #expect(report.layers.map(\.passed) == [true, false])
        #expect(abs(report.layers[1].weightError - 0.02 / 2.02) < 1e-6)
        #expect(!report.passed)
    }

    @Test func layersWithoutBiasReportNoBiasError() throws {
        var random = TestRandomSource(seed: 8)
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 2, bias: .none), .activation(.sigmoid),
                                        .dense(inputs: 2, outputs: 1, bias: .shared)], weightInit: .uniform(low: 0, high: 1))
        let network = try Network(spec: spec, random: &random)
        let report = try GradientCheck(loss: .halfSquaredError, reduction: .sum).run(on: network, inputs: xorInputs, targets: xorTargets)
        #expect(report.layers[0].biasError == nil)
        #expect(report.layers[1].biasError != nil)
        #expect(report.passed, "\(report.layers)")
    }

    @Test func mismatchedDataIsAnError() throws {
        var random = TestRandomSource(seed: 8)
        let network = try Network(spec: Self.cases[0].1, random: &random)
        #expect(throws: DataShapeError.inputWidth(expected: 3, columns: 2)) {
            _ = try GradientCheck(loss: .meanSquaredError).run(on: network, inputs: xorInputs, targets: xorTargets)
        }
    }
}
