import Foundation
import Testing
@testable import NeuralEngine

@Suite struct OptimizerTests {
    /// One momentum and one Adam update on θ = [1, −2] with g = [0.5, 0.25], by hand.
    @Test func updatesFollowTheirFormulas() {
        var theta = [1.0, -2.0]
        var momentum = OptimizerState(optimizer: .momentum(learningRate: 0.1, momentum: 0.9), parameterCount: 2)
        momentum.update(parameters: &theta, gradient: [0.5, 0.25], rate: 0.1)
        momentum.update(parameters: &theta, gradient: [0.5, 0.25], rate: 0.1)
        // v1 = −0.05, θ = 0.95; v2 = 0.9·(−0.05) − 0.05 = −0.095, θ = 0.855; second coordinate: v = −0.025, −0.0475.
        #expect(abs(theta[0] - 0.855) < 1e-15 && abs(theta[1] - (-2.0725)) < 1e-15)

        var adamTheta = [1.0, -2.0]
        var adam = OptimizerState(optimizer: .adam(learningRate: 0.1), parameterCount: 2)
        adam.update(parameters: &adamTheta, gradient: [0.5, 0.25], rate: 0.1)
        // t = 1: m̂ = g, v̂ = g², step = 0.1·g/(|g| + 1e−7) ≈ 0.1·sign(g).
        #expect(abs(adamTheta[0] - (1 - 0.1 * 0.5 / (0.5 + 1e-7))) < 1e-15)
        #expect(abs(adamTheta[1] - (-2 - 0.1 * 0.25 / (0.25 + 1e-7))) < 1e-15)
    }

    /// Fixtures/optimizer_reference.py: the same network, data and hyperparameters trained by
    /// numpy with nnfs's optimizer code (ReLU, softmax, cross-entropy, full batch, 25 epochs).
    struct Reference: Decodable {
        struct Run: Decodable { var losses: [Double]; var parameters: [Double] }
        var inputs: [[Double]]
        var labels: [Double]
        var initial: [Double]
        var sgd_decay: Run
        var momentum: Run
        var adam: Run
    }

    static let reference: Reference = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/optimizer_reference.json")
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }()

    static let runs: [(String, Optimizer, Double)] = [
        ("sgd_decay", .sgd(learningRate: 0.5), 0.1),
        ("momentum", .momentum(learningRate: 0.1, momentum: 0.9), 0),
        ("adam", .adam(learningRate: 0.05), 0),
    ]

    /// Agreement to 1e-10: the two implementations differ only in rounding.
    @Test(arguments: 0..<runs.count)
    func trainingMatchesNumpy(_ index: Int) throws {
        let (name, optimizer, decay) = Self.runs[index]
        let reference = Self.reference
        let expected = switch name {
        case "sgd_decay": reference.sgd_decay
        case "momentum": reference.momentum
        default: reference.adam
        }
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 5), .activation(.relu),
                                        .dense(inputs: 5, outputs: 3), .activation(.softmax)])
        var network = try Network(spec: spec, parameters: reference.initial)
        let options = TrainingOptions(epochs: 25, loss: .crossEntropy, optimizer: optimizer, learningRateDecay: decay,
                                      batching: .fullBatch)
        let result = try Trainer(options: options).train(
            &network, inputs: Matrix(reference.inputs),
            targets: Matrix(rows: reference.labels.count, columns: 1, elements: reference.labels))
        #expect(isClose(result.losses, expected.losses, tolerance: 1e-10), "\(name) losses")
        #expect(isClose(network.parameters, expected.parameters, tolerance: 1e-10), "\(name) parameters")
    }
}
