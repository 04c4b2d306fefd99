import Foundation
import Testing
@testable import NeuralEngine

/// The hinge, SVM and Huber losses trained end to end against numpy (Fixtures/training_reference.py),
/// and targets that do not fit a loss.
@Suite struct LossTrainingTests {
    /// micrograd's demo: 2-16-16-1 ReLU, max-margin loss on ±1 labels, α·Σp² over every parameter
    /// (`l2 = 2α` with biases), learning rate 1.0 − 0.9·k/E (the linear schedule 1.0 → 0.1).
    @Test func microgradDemoMatchesNumpy() throws {
        let run = TrainingReference.shared.micrograd
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 16), .activation(.relu), .dense(inputs: 16, outputs: 16),
                                        .activation(.relu), .dense(inputs: 16, outputs: 1)])
        var options = TrainingOptions(epochs: 40, loss: .hinge, optimizer: .sgd(learningRate: 1), batching: .fullBatch, logEvery: 10)
        options.schedule = .linear(end: 0.1)
        options.regularization = Regularization(model: Penalty(l2: 2e-4, includesBiases: true))
        let (result, network) = try TrainingReference.train(run, spec: spec, options: options)
        #expect(isClose(result.losses, run.losses, tolerance: 1e-12))
        #expect(isClose(result.penalties, run.penalties, tolerance: 1e-12))
        #expect(isClose(network.parameters, run.parameters, tolerance: 1e-12))
        // Accuracy reads a score above 0 as +1 (micrograd: (yi > 0) == (scorei > 0)).
        let scores = network.predict(Matrix(run.inputs)).elements
        let expected = Double(zip(scores, run.targets).filter { ($0 > 0) == ($1[0] > 0) }.count) / Double(scores.count)
        #expect(result.log.last?.accuracy == expected)
    }

    @Test func multiclassSVMMatchesNumpy() throws {
        let run = TrainingReference.shared.svm
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 5), .activation(.relu), .dense(inputs: 5, outputs: 3)])
        var options = TrainingOptions(epochs: 30, loss: .multiclassHinge, optimizer: .sgd(learningRate: 0.1), batching: .fullBatch)
        options.regularization = Regularization(model: Penalty(l2: 1e-3))
        let (result, network) = try TrainingReference.train(run, spec: spec, options: options)
        #expect(isClose(result.losses, run.losses, tolerance: 1e-12))
        #expect(isClose(result.penalties, run.penalties, tolerance: 1e-12))
        #expect(isClose(network.parameters, run.parameters, tolerance: 1e-12))
    }

    @Test func huberRegressionMatchesNumpy() throws {
        let run = TrainingReference.shared.huber
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 4), .activation(.tanh), .dense(inputs: 4, outputs: 2)])
        let options = TrainingOptions(epochs: 30, loss: .huber(delta: 0.5), optimizer: .sgd(learningRate: 0.2), batching: .fullBatch)
        let (result, network) = try TrainingReference.train(run, spec: spec, options: options)
        #expect(isClose(result.losses, run.losses, tolerance: 1e-12))
        #expect(result.penalties.isEmpty)
        #expect(isClose(network.parameters, run.parameters, tolerance: 1e-12))
    }

    /// Backpropagation through a network under each new loss equals central differences.
    @Test(arguments: [Loss.hinge, .multiclassHinge, .huber(delta: 0.3)])
    func networkGradientMatchesCentralDifferences(_ loss: Loss) throws {
        var random = TestRandomSource(seed: 23)
        let spec = NetworkSpec(layers: [.dense(inputs: 3, outputs: 5), .activation(.tanh), .dense(inputs: 5, outputs: loss == .hinge ? 1 : 3)],
                               weightInit: .uniform(low: -1, high: 1), biasInit: .uniform(low: -0.5, high: 0.5))
        let network = try Network(spec: spec, random: &random)
        let x = randomMatrix(8, 3, -1, 1, &random)
        let y: Matrix = switch loss {
        case .hinge: Matrix(rows: 8, columns: 1, elements: [1, -1, -1, 1, 1, -1, 1, -1])
        case .multiclassHinge: Matrix(rows: 8, columns: 1, elements: [0, 1, 2, 2, 1, 0, 0, 1])
        default: randomMatrix(8, 3, -1, 1, &random)
        }
        let report = try GradientCheck(loss: loss).run(on: network, inputs: x, targets: y)
        #expect(report.passed, "\(loss): \(report.layers)")
    }

    /// Labels are never re-coded: a target that does not fit the loss is an error naming the labels it expects.
    @Test func labelsThatDoNotFitTheLossAreErrors() throws {
        let network = try Network(spec: .linear(sizes: [2, 1]), parameters: [0.5, -0.5, 0])
        func message(_ loss: Loss, _ targets: Matrix, network: Network = network) -> String? {
            var copy = network
            do {
                _ = try Trainer(options: TrainingOptions(epochs: 1, loss: loss, optimizer: .sgd(learningRate: 0.1)))
                    .train(&copy, inputs: Matrix(rows: targets.rows, columns: copy.inputCount), targets: targets)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(message(.hinge, Matrix([[1], [0], [-1], [1]])) == "hinge loss expects labels −1 and +1, but row 2 has 0")
        #expect(message(.binaryCrossEntropy, Matrix([[1], [-1], [1], [0]])) == "binary cross-entropy expects labels 0 and 1 (or probabilities between them), but row 2 has −1")
        let three = try Network(spec: .linear(sizes: [2, 3]), parameters: Array(repeating: 0.1, count: 9))
        #expect(message(.multiclassHinge, Matrix([[0, 1, 0], [0.5, 0.5, 0]]), network: three)
                == "multiclass SVM loss expects class indices 0…2 (or one-hot rows), but row 2 has 0.5")
        #expect(message(.multiclassHinge, Matrix([[0], [3]]), network: three) == "row 2: class 3.0 is not one of 0…2")
        #expect(message(.hinge, Matrix([[1], [-1]])) == nil)
        #expect(message(.huber(delta: 1), Matrix([[7], [-3]])) == nil)
    }
}
