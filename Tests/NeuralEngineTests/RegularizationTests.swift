import Foundation
import Testing
@testable import NeuralEngine

/// Fixtures/training_reference.py: the same networks, data and settings trained by numpy.
struct TrainingReference: Decodable {
    struct Run: Decodable {
        var inputs: [[Double]]
        var targets: [[Double]]
        var initial: [Double]
        var losses: [Double]
        var penalties: [Double]
        var parameters: [Double]
        var initial_gradient: [Double]?
    }
    var cs231n: Run
    var micrograd: Run
    var l1_per_layer: Run
    var svm: Run
    var huber: Run

    static let shared: TrainingReference = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/training_reference.json")
        return try! JSONDecoder().decode(TrainingReference.self, from: Data(contentsOf: url))
    }()

    /// Trains `spec` from the run's initial parameters, full batch, and returns the result and network.
    static func train(_ run: Run, spec: NetworkSpec, options: TrainingOptions) throws -> (TrainingResult, Network) {
        var network = try Network(spec: spec, parameters: run.initial)
        let result = try Trainer(options: options).train(&network, inputs: Matrix(run.inputs), targets: Matrix(run.targets))
        return (result, network)
    }
}

@Suite struct RegularizationTests {
    static let cs231nSpec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 100), .activation(.relu),
                                                 .dense(inputs: 100, outputs: 3), .activation(.softmax)])

    /// CS231n's case study (spiral, 2-100-3, ReLU, softmax, reg 1e-3, step 1.0): 200 full-batch
    /// steps give numpy's data losses, penalties and final parameters to 1e-12.
    @Test func cs231nCaseStudyMatchesNumpy() throws {
        let run = TrainingReference.shared.cs231n
        var options = TrainingOptions(epochs: 200, loss: .crossEntropy, optimizer: .sgd(learningRate: 1), batching: .fullBatch)
        options.regularization = Regularization(model: Penalty(l2: 1e-3))
        let (result, network) = try TrainingReference.train(run, spec: Self.cs231nSpec, options: options)
        #expect(isClose(result.losses, run.losses, tolerance: 1e-12))
        #expect(isClose(result.penalties, run.penalties, tolerance: 1e-12))
        #expect(isClose(network.parameters, run.parameters, tolerance: 1e-12))
        #expect(abs(result.initialPenalty - run.penalties[0]) <= 1e-12 * run.penalties[0])
    }

    /// The objective's gradient (backpropagation plus `∂P/∂θ`) at CS231n's initial weights equals numpy's.
    @Test func cs231nInitialGradientMatchesNumpy() throws {
        let run = TrainingReference.shared.cs231n
        let network = try Network(spec: Self.cs231nSpec, parameters: run.initial)
        let regularization = Regularization(model: Penalty(l2: 1e-3))
        let data = network.gradient(inputs: Matrix(run.inputs), targets: Matrix(run.targets), loss: .crossEntropy).gradient
        let total = zip(data, network.penaltyGradient(regularization)).map { $0 + $1 }
        #expect(isClose(total, run.initial_gradient!, tolerance: 1e-12))
        #expect(abs(network.penalty(regularization) - run.penalties[0]) <= 1e-12 * run.penalties[0])
    }

    /// L1 with biases on the first layer, L2 without on the second (per-layer penalties).
    @Test func perLayerL1AndL2MatchNumpy() throws {
        let run = TrainingReference.shared.l1_per_layer
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 6), .activation(.tanh),
                                        .dense(inputs: 6, outputs: 3), .activation(.softmax)])
        var options = TrainingOptions(epochs: 30, loss: .crossEntropy, optimizer: .sgd(learningRate: 0.5), batching: .fullBatch)
        options.regularization = Regularization(layers: [
            .init(layerIndex: 0, penalty: Penalty(l1: 1e-2, includesBiases: true)),
            .init(layerIndex: 2, penalty: Penalty(l2: 5e-2)),
        ])
        let (result, network) = try TrainingReference.train(run, spec: spec, options: options)
        #expect(isClose(result.losses, run.losses, tolerance: 1e-12))
        #expect(isClose(result.penalties, run.penalties, tolerance: 1e-12))
        #expect(isClose(network.parameters, run.parameters, tolerance: 1e-12))
    }

    /// `∂(E + P)/∂θ` by backpropagation plus the penalty's gradient equals central differences of
    /// `E + P` for L1 and L2, with and without biases, model-wide and per layer.
    @Test(arguments: [
        Regularization(model: Penalty(l2: 0.3)),
        Regularization(model: Penalty(l1: 0.2, l2: 0.1, includesBiases: true)),
        Regularization(model: Penalty(l2: 0.05), layers: [.init(layerIndex: 2, penalty: Penalty(l1: 0.4, includesBiases: true))]),
    ])
    func penaltyGradientMatchesCentralDifferences(_ regularization: Regularization) throws {
        var random = TestRandomSource(seed: 5)
        let spec = NetworkSpec(layers: [.dense(inputs: 3, outputs: 4), .activation(.tanh), .dense(inputs: 4, outputs: 2)],
                               weightInit: .uniform(low: -1, high: 1), biasInit: .uniform(low: -1, high: 1))
        let network = try Network(spec: spec, random: &random)
        let x = randomMatrix(6, 3, -1, 1, &random), y = randomMatrix(6, 2, -1, 1, &random)
        let analytic = zip(network.gradient(inputs: x, targets: y, loss: .meanSquaredError).gradient,
                           network.penaltyGradient(regularization)).map { $0 + $1 }
        let h = 1e-6
        let numeric = network.parameters.indices.map { i -> Double in
            var plus = network.parameters, minus = network.parameters
            plus[i] += h; minus[i] -= h
            func objective(_ theta: [Double]) -> Double {
                let n = network.replacingParameters(theta)
                return n.loss(inputs: x, targets: y, loss: .meanSquaredError) + n.penalty(regularization)
            }
            return (objective(plus) - objective(minus)) / (2 * h)
        }
        #expect(isClose(analytic, numeric, tolerance: 1e-8))
    }

    /// `P = λ₁Σ|w| + ½λ₂Σw²` on W = [[1, −2]], b = [3] by hand: weights only 0.1·3 + ½·0.2·5 = 0.8;
    /// with the bias 0.1·6 + ½·0.2·14 = 2.0. The gradient is λ₁ sign(w) + λ₂ w.
    @Test func penaltyFollowsItsFormula() throws {
        let network = try Network(spec: .linear(sizes: [2, 1]), parameters: [1, -2, 3])
        #expect(abs(network.penalty(Regularization(model: Penalty(l1: 0.1, l2: 0.2))) - 0.8) < 1e-15)
        #expect(abs(network.penalty(Regularization(model: Penalty(l1: 0.1, l2: 0.2, includesBiases: true))) - 2.0) < 1e-15)
        #expect(isClose(network.penaltyGradient(Regularization(model: Penalty(l1: 0.1, l2: 0.2))), [0.3, -0.5, 0], tolerance: 1e-15))
    }

    /// Without regularisation nothing is recorded: the loop runs as before.
    @Test func noPenaltyRecordsNone() throws {
        var network = try Network(spec: .linear(sizes: [2, 1]), parameters: [0.5, -0.5, 0])
        let result = try Trainer(options: TrainingOptions(epochs: 3, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.1),
                                                          batching: .fullBatch, logEvery: 1))
            .train(&network, inputs: xorInputs, targets: xorTargets)
        #expect(result.penalties.isEmpty && result.initialPenalty == 0)
        #expect(result.log.allSatisfy { $0.penalty == nil })
    }

    /// Logged rows carry the penalty beside the data loss; `after` measures both after the epoch.
    @Test func logRecordsDataLossAndPenaltyApart() throws {
        var network = try Network(spec: .linear(sizes: [2, 1]), parameters: [0.5, -0.5, 0])
        var options = TrainingOptions(epochs: 4, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.1),
                                      batching: .fullBatch, epochLoss: .afterEpoch, logEvery: 2)
        options.regularization = Regularization(model: Penalty(l2: 0.5))
        let result = try Trainer(options: options).train(&network, inputs: xorInputs, targets: xorTargets)
        #expect(result.penalties.count == 4)
        #expect(result.log.map(\.epoch) == [1, 3])
        #expect(result.log.map(\.penalty) == [result.penalties[0], result.penalties[2]])
        // After the last epoch the penalty is that of the final weights: ½·0.5·(w₁² + w₂²).
        let w = network.parameters
        #expect(abs(result.penalties[3] - 0.25 * (w[0] * w[0] + w[1] * w[1])) < 1e-15)
        // The history says what its loss holds; the JSON export carries the penalties beside the losses.
        let csv = result.csv().split(separator: "\n")
        #expect(csv[0] == "epoch,data_loss,penalty")
        #expect(csv[1] == "0,\(result.initialLoss),\(result.initialPenalty)")
        #expect(csv[5] == "4,\(result.losses[3]),\(result.penalties[3])")
        #expect(ParameterExport(network: network, result: result).history?.penalties == result.penalties)
    }

    /// Penalties cover convolution weights too: over a conv2d → dense network the penalty is
    /// ½λ₂ Σ w² over both layers' weights (not their biases), and `∂(E + P)/∂θ` matches central differences.
    @Test func penaltyCoversConvolutionWeights() throws {
        var random = TestRandomSource(seed: 9)
        let spec = NetworkSpec(layers: [.conv2d(filters: 2, kernel: 2), .activation(.tanh), .flatten, .dense(inputs: 18, outputs: 2)],
                               weightInit: .uniform(low: -1, high: 1), biasInit: .uniform(low: -0.5, high: 0.5),
                               inputShape: FeatureShape(channels: 1, height: 4, width: 4))
        let network = try Network(spec: spec, random: &random)
        let regularization = Regularization(model: Penalty(l2: 0.2))
        let ranges = network.layerParameterRanges
        #expect(ranges.map(\.weightName) == ["W1", "W2"])
        #expect(ranges.map(\.layerIndex) == [0, 3])
        let squares = ranges.flatMap { Array(network.parameters[$0.weights]) }.reduce(0) { $0 + $1 * $1 }
        #expect(abs(network.penalty(regularization) - 0.1 * squares) < 1e-14)
        let x = randomMatrix(5, 16, -1, 1, &random), y = randomMatrix(5, 2, -1, 1, &random)
        let analytic = zip(network.gradient(inputs: x, targets: y, loss: .meanSquaredError).gradient,
                           network.penaltyGradient(regularization)).map { $0 + $1 }
        let h = 1e-6
        let numeric = network.parameters.indices.map { i -> Double in
            var plus = network.parameters, minus = network.parameters
            plus[i] += h; minus[i] -= h
            func objective(_ theta: [Double]) -> Double {
                let n = network.replacingParameters(theta)
                return n.loss(inputs: x, targets: y, loss: .meanSquaredError) + n.penalty(regularization)
            }
            return (objective(plus) - objective(minus)) / (2 * h)
        }
        #expect(isClose(analytic, numeric, tolerance: 1e-8))
    }
}
