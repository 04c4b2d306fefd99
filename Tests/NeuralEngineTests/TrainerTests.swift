import Foundation
import Testing
@testable import NeuralEngine

@Suite struct TrainerTests {
    /// Seed 001's XOR network: 2 → 3 tanh → 1 tanh, weights and biases N(0, 1) (`np.random.randn`).
    static let xorSpec = NetworkSpec(layers: [
        .dense(inputs: 2, outputs: 3), .activation(.tanh), .dense(inputs: 3, outputs: 1), .activation(.tanh),
    ], weightInit: .normal(mean: 0, standardDeviation: 1), biasInit: .normal(mean: 0, standardDeviation: 1))

    func expectSolvesXOR(_ network: Network, _ context: String) {
        let predictions = network.predict(xorInputs).elements
        #expect(predictions[0] < 0.5 && predictions[1] > 0.5 && predictions[2] > 0.5 && predictions[3] < 0.5,
                "\(context): \(predictions)")
    }

    /// Seed 001: MSE, one update per sample, lr 0.1, 1000 epochs. From an N(0, 1) start this 2-3-1
    /// network sometimes stalls on a plateau: numpy with the same setup solves 177 of 200 seeds
    /// (RandomState 0…199). Our test generator's seeds 1 and 4 are such starts (losses 0.19 and 0.25),
    /// so the per-seed checks use solvable starts and a separate test checks the success rate.
    static let solvableSeeds: [UInt64] = [2, 3, 5, 6, 7]

    @Test(arguments: solvableSeeds)
    func perSampleSGDSolvesXOR(seed: UInt64) throws {
        var random = TestRandomSource(seed: seed)
        var network = try Network(spec: Self.xorSpec, random: &random)
        let options = TrainingOptions(epochs: 1000, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.1))
        let result = try Trainer(options: options).train(&network, inputs: xorInputs, targets: xorTargets)
        expectSolvesXOR(network, "seed \(seed)")
        #expect(result.stopReason == .completed)
        #expect(result.losses.count == 1000)
        #expect(result.updates == 4000)
        // Seed 001 prints the mean of the per-sample errors before each update; the last should be small.
        #expect(result.losses[999] < 0.05)
    }

    /// Over 40 starts the engine solves XOR about as often as numpy does (88.5 %); at least 80 %.
    @Test func perSampleSGDSolvesXORAsOftenAsNumpy() throws {
        var solved = 0
        for seed: UInt64 in 1...40 {
            var random = TestRandomSource(seed: seed)
            var network = try Network(spec: Self.xorSpec, random: &random)
            let options = TrainingOptions(epochs: 1000, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.1))
            _ = try Trainer(options: options).train(&network, inputs: xorInputs, targets: xorTargets)
            let p = network.predict(xorInputs).elements
            if p[0] < 0.5 && p[1] > 0.5 && p[2] > 0.5 && p[3] < 0.5 { solved += 1 }
        }
        #expect(solved >= 32, "solved \(solved) of 40")
    }

    static let modes: [(String, TrainingOptions)] = [
        ("full batch sgd", TrainingOptions(epochs: 2000, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.5), batching: .fullBatch)),
        ("mini-batch shuffled momentum", TrainingOptions(epochs: 1000, loss: .meanSquaredError,
            optimizer: .momentum(learningRate: 0.05, momentum: 0.9), batching: .miniBatch(size: 2, shuffle: true))),
        ("per-sample adam", TrainingOptions(epochs: 500, loss: .meanSquaredError, optimizer: .adam(learningRate: 0.01))),
        ("full batch adam with decay", TrainingOptions(epochs: 1000, loss: .meanSquaredError,
            optimizer: .adam(learningRate: 0.05), learningRateDecay: 1e-3, batching: .fullBatch)),
        ("per-sample central differences", TrainingOptions(epochs: 1000, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.1),
            gradients: .centralDifferences(step: 1e-5), epochLoss: .afterEpoch)),
    ]

    @Test(arguments: 0..<modes.count)
    func everyModeSolvesXOR(_ index: Int) throws {
        let (name, options) = Self.modes[index]
        for seed in Self.solvableSeeds.prefix(3) {
            var random = TestRandomSource(seed: seed)
            var network = try Network(spec: Self.xorSpec, random: &random)
            _ = try Trainer(options: options).train(&network, inputs: xorInputs, targets: xorTargets, random: &random)
            expectSolvesXOR(network, "\(name), seed \(seed)")
        }
    }

    @Test func centralDifferencesFollowTheSameTrajectoryAsBackpropagation() throws {
        var random = TestRandomSource(seed: 4)
        let start = try Network(spec: Self.xorSpec, random: &random)
        var byBackprop = start, byDifferences = start
        var options = TrainingOptions(epochs: 50, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.1))
        let a = try Trainer(options: options).train(&byBackprop, inputs: xorInputs, targets: xorTargets)
        options.gradients = .centralDifferences(step: 1e-5)
        let b = try Trainer(options: options).train(&byDifferences, inputs: xorInputs, targets: xorTargets)
        // 200 updates with gradients equal to ~1e-10: the parameters agree to 1e-7.
        #expect(isClose(byBackprop.parameters, byDifferences.parameters, tolerance: 1e-7))
        #expect(isClose(a.losses, b.losses, tolerance: 1e-8))
        // Each update costs 1 forward pass plus 2 partial passes per parameter (13 here: 6 + 3 + 3 + 1), plus the initial loss.
        #expect(b.forwardPasses == 1 + 50 * 4 * (1 + 2 * 13))
        #expect(a.forwardPasses == 1 + 50 * 4)
    }

    /// Seeds 000/004: a 10 → 5 → 1 linear network with one shared bias per layer, fitted to a
    /// random teacher of the same shape by central differences, per sample, lr 0.01, 100 epochs.
    @Test func centralDifferencesFitTeacherData() throws {
        let spec = NetworkSpec.linear(sizes: [10, 5, 1], bias: .shared,
                                      weightInit: .uniform(low: -1, high: 1), biasInit: .uniform(low: -1, high: 1))
        #expect(spec.layers == [.dense(inputs: 10, outputs: 5, bias: .shared), .dense(inputs: 5, outputs: 1, bias: .shared)])
        var random = TestRandomSource(seed: 2024)
        let data = try TeacherData.generate(spec: spec, samples: 100, inputLow: 0, inputHigh: 1, random: &random)
        var student = try Network(spec: spec, random: &random)
        let options = TrainingOptions(epochs: 100, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.01),
                                      gradients: .centralDifferences(step: 1e-3), epochLoss: .afterEpoch)
        let result = try Trainer(options: options).train(&student, inputs: data.inputs, targets: data.targets)
        // Seed 004 goes from 8.0 to 8e-8 in 100 epochs; ask for a hundredfold drop below 1e-3.
        #expect(result.initialLoss > 0.1)
        #expect(result.losses.last! < 1e-3, "final loss \(result.losses.last!)")
        #expect(abs(student.loss(inputs: data.inputs, targets: data.targets, loss: .meanSquaredError) - result.losses.last!) < 1e-15)
        #expect(data.teacher.predict(data.inputs) == data.targets)
    }

    /// Seed 000's run: 10 samples of 10 inputs from U(−1, 1), a 10-5-1 linear teacher and student with
    /// shared biases, all parameters U(−1, 1); central differences with h = 0.001, per sample, lr 0.01,
    /// loss after each epoch, keeping the lowest. The seed goes from 13.3 to 7e-6 in 1000 epochs; 300 here.
    @Test func seed000CentralDifferencesWithKeepBest() throws {
        let spec = NetworkSpec(layers: [.dense(inputs: 10, outputs: 5, bias: .shared), .dense(inputs: 5, outputs: 1, bias: .shared)],
                               weightInit: .uniform(low: -1, high: 1), biasInit: .uniform(low: -1, high: 1))
        var random = TestRandomSource(seed: 0)
        let data = try TeacherData.generate(spec: spec, samples: 10, inputLow: -1, inputHigh: 1, random: &random)
        var student = try Network(spec: spec, random: &random)
        let options = TrainingOptions(epochs: 300, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.01),
                                      gradients: .centralDifferences(step: 1e-3), epochLoss: .afterEpoch, keepBest: true)
        let result = try Trainer(options: options).train(&student, inputs: data.inputs, targets: data.targets)
        #expect(result.bestLoss < result.initialLoss / 100, "\(result.initialLoss) → \(result.bestLoss)")
        #expect(student.loss(inputs: data.inputs, targets: data.targets, loss: .meanSquaredError) == result.bestLoss)
    }

    /// The trainer's bookkeeping against a hand-written loop of `gradient` and `descend`:
    /// mini-batches of 2 over 5 samples (the last batch holds one), no shuffling.
    @Test func miniBatchesMatchAHandWrittenLoop() throws {
        var random = TestRandomSource(seed: 21)
        let start = try Network(spec: Self.xorSpec, random: &random)
        let x = randomMatrix(5, 2, -1, 1, &random), y = randomMatrix(5, 1, -1, 1, &random)
        var trained = start
        let options = TrainingOptions(epochs: 3, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.2),
                                      batching: .miniBatch(size: 2, shuffle: false))
        let result = try Trainer(options: options).train(&trained, inputs: x, targets: y)

        var manual = start
        var epochLosses: [Double] = []
        for _ in 0..<3 {
            var weightedLosses = 0.0
            for rows in [0..<2, 2..<4, 4..<5] {
                let bx = Matrix(x.nestedRows[rows].map { $0 }), by = Matrix(y.nestedRows[rows].map { $0 })
                let (loss, gradient) = manual.gradient(inputs: bx, targets: by, loss: .meanSquaredError)
                weightedLosses += loss * Double(rows.count)
                manual.descend(along: gradient, learningRate: 0.2)
            }
            // The mean over samples: each batch's loss weighted by its size (2, 2, 1).
            epochLosses.append(weightedLosses / 5)
        }
        #expect(isClose(trained.parameters, manual.parameters, tolerance: 1e-14))
        #expect(isClose(result.losses, epochLosses, tolerance: 1e-14))
        #expect(result.updates == 9)
        #expect(result.initialLoss == start.loss(inputs: x, targets: y, loss: .meanSquaredError))
    }

    @Test func keepBestRestoresTheLowestLossParameters() throws {
        // Linear regression y = 2x with heavy momentum: the loss oscillates, so the last epoch is not the best.
        let spec = NetworkSpec(layers: [.dense(inputs: 1, outputs: 1, weightInit: .constant(0), biasInit: .constant(0))])
        var random = TestRandomSource(seed: 0)
        var network = try Network(spec: spec, random: &random)
        let x = Matrix([[0.5], [1], [1.5], [2]]), y = Matrix([[1], [2], [3], [4]])
        let options = TrainingOptions(epochs: 30, loss: .meanSquaredError, optimizer: .momentum(learningRate: 0.2, momentum: 0.95),
                                      batching: .fullBatch, epochLoss: .afterEpoch, keepBest: true, snapshotEpochs: Array(0...30))
        let result = try Trainer(options: options).train(&network, inputs: x, targets: y)
        #expect(result.bestLoss == result.losses.min())
        #expect(result.losses[result.bestEpoch - 1] == result.bestLoss)
        #expect(result.losses.last! > result.bestLoss, "the run should end away from its best: \(result.losses)")
        #expect(network.parameters == result.snapshots[result.bestEpoch].parameters)
        #expect(network.loss(inputs: x, targets: y, loss: .meanSquaredError) == result.bestLoss)
        #expect(result.snapshots.map(\.epoch) == Array(0...30))
    }

    @Test func stopAtEndsAtTheFirstEpochBelowTheTarget() throws {
        var random = TestRandomSource(seed: 2)
        var network = try Network(spec: Self.xorSpec, random: &random)
        var seen: [Int] = []
        let options = TrainingOptions(epochs: 1000, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.1), stopAt: 0.05)
        let result = try Trainer(options: options).train(&network, inputs: xorInputs, targets: xorTargets) { epoch, _ in seen.append(epoch) }
        guard case .reachedTarget(let epoch) = result.stopReason else { Issue.record("\(result.stopReason)"); return }
        #expect(result.losses.count == epoch)
        #expect(result.losses[epoch - 1] <= 0.05)
        #expect(result.losses[epoch - 2] > 0.05)
        #expect(seen == Array(1...epoch))
    }

    @Test func aHugeLearningRateDivergesAndSaysWhen() throws {
        let spec = NetworkSpec(layers: [.dense(inputs: 1, outputs: 1, weightInit: .constant(0.5), biasInit: .constant(0))])
        var random = TestRandomSource(seed: 0)
        var network = try Network(spec: spec, random: &random)
        let x = Matrix([[1], [2], [3]]), y = Matrix([[2], [4], [6]])
        let options = TrainingOptions(epochs: 1000, loss: .meanSquaredError, optimizer: .sgd(learningRate: 1e3), batching: .fullBatch)
        let result = try Trainer(options: options).train(&network, inputs: x, targets: y)
        guard case .diverged(let epoch) = result.stopReason else { Issue.record("\(result.stopReason)"); return }
        // Each step multiplies the error by about 1 − 2·lr·E[x²] ≈ −9300, so the loss overflows
        // (passes 1.8e308) within a few dozen epochs.
        #expect(epoch > 1 && epoch < 100)
        #expect(result.losses.count == epoch)
        #expect(!result.losses[epoch - 1].isFinite)
        #expect(result.losses.dropLast().allSatisfy { $0.isFinite })
    }

    @Test func shuffledMiniBatchesAreReproducibleFromTheSeed() throws {
        let options = TrainingOptions(epochs: 20, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.1),
                                      batching: .miniBatch(size: 3, shuffle: true))
        var runs: [[Double]] = []
        for _ in 0..<2 {
            var random = TestRandomSource(seed: 77)
            var network = try Network(spec: Self.xorSpec, random: &random)
            _ = try Trainer(options: options).train(&network, inputs: xorInputs, targets: xorTargets, random: &random)
            runs.append(network.parameters)
        }
        #expect(runs[0] == runs[1])
        var random = TestRandomSource(seed: 78)
        var other = try Network(spec: Self.xorSpec, random: &random)
        _ = try Trainer(options: options).train(&other, inputs: xorInputs, targets: xorTargets, random: &random)
        #expect(other.parameters != runs[0])
    }

    @Test func logRowsCarryAccuracyForClassification() throws {
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 4), .activation(.tanh), .dense(inputs: 4, outputs: 1), .activation(.sigmoid)],
                               weightInit: .normal(mean: 0, standardDeviation: 1))
        var random = TestRandomSource(seed: 3)
        var network = try Network(spec: spec, random: &random)
        let options = TrainingOptions(epochs: 2000, loss: .binaryCrossEntropy, optimizer: .adam(learningRate: 0.05),
                                      batching: .fullBatch, logEvery: 500)
        let result = try Trainer(options: options).train(&network, inputs: xorInputs, targets: xorTargets)
        #expect(result.log.map(\.epoch) == [1, 501, 1001, 1501])
        #expect(result.log.allSatisfy { $0.accuracy != nil })
        #expect(network.accuracy(inputs: xorInputs, targets: xorTargets) == 1)
    }

    @Test func learningRateDecaysAsOneOverOnePlusDecayTimesSteps() throws {
        // One weight, loss (w·1 − 0)² with gradient 2w: w ← w − η/(1 + d·t)·2w for t = 0, 1, 2.
        let spec = NetworkSpec(layers: [.dense(inputs: 1, outputs: 1, bias: .none, weightInit: .constant(1))])
        var random = TestRandomSource(seed: 0)
        var network = try Network(spec: spec, random: &random)
        let options = TrainingOptions(epochs: 3, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.1), learningRateDecay: 0.5)
        _ = try Trainer(options: options).train(&network, inputs: Matrix([[1]]), targets: Matrix([[0]]))
        var w = 1.0
        for t in 0..<3 { w -= 0.1 / (1 + 0.5 * Double(t)) * 2 * w }
        #expect(abs(network.parameters[0] - w) < 1e-15)
    }

    @Test func badOptionsAndDataAreErrorsNotCrashes() throws {
        var random = TestRandomSource(seed: 0)
        var network = try Network(spec: Self.xorSpec, random: &random)
        let badRate = TrainingOptions(epochs: 10, loss: .meanSquaredError, optimizer: .sgd(learningRate: -1))
        #expect(throws: TrainingError.options(TrainingOptionsError(setting: "optimizer", reason: "learning rate must be a positive number"))) {
            _ = try Trainer(options: badRate).train(&network, inputs: xorInputs, targets: xorTargets)
        }
        let good = TrainingOptions(epochs: 10, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.1))
        #expect(throws: TrainingError.data(.rowCountMismatch(inputs: 4, targets: 3))) {
            _ = try Trainer(options: good).train(&network, inputs: xorInputs, targets: Matrix([[0], [1], [1]]))
        }
    }
}
