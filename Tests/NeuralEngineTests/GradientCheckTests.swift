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
        let entry = network.parameterisedLayers[1].parameterOffset + 3
        analytic[entry] *= 1.02  // 2 % too large: relative error 0.02/2.02
        let report = GradientCheck(loss: loss).compare(analytic: analytic, numeric: numeric, layout: network.parameterisedLayers, floor: 1e-8)
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

    /// A saturated network (every tanh unit pinned at ±1) has gradients near 1e-11, where central
    /// differences only resolve rounding noise; the default floor passes them, a tiny fixed floor does not.
    @Test func roundingNoiseOnVanishingGradientsDoesNotFail() throws {
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 3, weightInit: .constant(0), biasInit: .constant(12)),
                                        .activation(.tanh), .dense(inputs: 3, outputs: 1, weightInit: .constant(0.1)),
                                        .activation(.sigmoid)])
        let network = try Network(spec: spec)
        let check = GradientCheck(loss: .binaryCrossEntropy)
        let report = try check.run(on: network, inputs: xorInputs, targets: xorTargets)
        #expect(report.passed, "\(report.layers), floor \(report.floor)")
        // tanh′(12) ≈ 1.5e−10: the first layer's gradient is ~1e−12, below what central differences resolve.
        let gradient = network.gradient(inputs: xorInputs, targets: xorTargets, loss: .binaryCrossEntropy).gradient
        #expect(gradient[0..<9].allSatisfy { abs($0) < 1e-10 } && gradient[0..<9].contains { $0 != 0 })
        var fixed = check
        fixed.floor = 1e-8
        #expect(!(try fixed.run(on: network, inputs: xorInputs, targets: xorTargets)).passed)
        // The floor is 8·ε·|L|/h / threshold with L = ln 2-ish: about 1e−4.
        #expect(report.floor > 1e-5 && report.floor < 1e-3)
    }
}
