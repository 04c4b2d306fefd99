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
        var nesterov: Run
        var adagrad_decay: Run
        var rmsprop: Run
        var schedule_step: Run
        var schedule_exponential: Run
        var schedule_linear: Run
        var schedule_cosine: Run
        var schedules: [String: [Double]]

        func run(_ name: String) -> Run {
            switch name {
            case "sgd_decay": sgd_decay
            case "momentum": momentum
            case "adam": adam
            case "nesterov": nesterov
            case "adagrad_decay": adagrad_decay
            case "rmsprop": rmsprop
            case "schedule_step": schedule_step
            case "schedule_exponential": schedule_exponential
            case "schedule_linear": schedule_linear
            default: schedule_cosine
            }
        }
    }

    static let reference: Reference = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/optimizer_reference.json")
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }()

    static let runs: [(String, Optimizer, LearningRateSchedule)] = [
        ("sgd_decay", .sgd(learningRate: 0.5), .inverseTime(decay: 0.1)),
        ("momentum", .momentum(learningRate: 0.1, momentum: 0.9), .constant),
        ("adam", .adam(learningRate: 0.05), .constant),
        ("nesterov", .nesterov(learningRate: 0.1, momentum: 0.9), .constant),
        ("adagrad_decay", .adagrad(), .inverseTime(decay: 1e-2)),
        ("rmsprop", .rmsprop(learningRate: 0.02), .constant),
        ("schedule_step", .sgd(learningRate: 0.5), .step(every: 10, factor: 0.5)),
        ("schedule_exponential", .sgd(learningRate: 0.5), .exponential(factor: 0.9)),
        ("schedule_linear", .sgd(learningRate: 1), .linear(end: 0.1)),
        ("schedule_cosine", .sgd(learningRate: 0.8), .cosine(end: 0.05)),
    ]

    /// Agreement to 1e-12: the two implementations differ only in rounding.
    @Test(arguments: 0..<runs.count)
    func trainingMatchesNumpy(_ index: Int) throws {
        let (name, optimizer, schedule) = Self.runs[index]
        let reference = Self.reference
        let expected = reference.run(name)
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 5), .activation(.relu),
                                        .dense(inputs: 5, outputs: 3), .activation(.softmax)])
        var network = try Network(spec: spec, parameters: reference.initial)
        var options = TrainingOptions(epochs: 25, loss: .crossEntropy, optimizer: optimizer, batching: .fullBatch)
        options.schedule = schedule
        let result = try Trainer(options: options).train(
            &network, inputs: Matrix(reference.inputs),
            targets: Matrix(rows: reference.labels.count, columns: 1, elements: reference.labels))
        #expect(isClose(result.losses, expected.losses, tolerance: 1e-12), "\(name) losses")
        #expect(isClose(network.parameters, expected.parameters, tolerance: 1e-12), "\(name) parameters")
    }

    /// Each schedule's rate per epoch equals the formula numpy evaluated (the fixture's `schedules`).
    @Test(arguments: ["step", "exponential", "linear", "cosine"])
    func schedulesMatchNumpy(_ name: String) throws {
        let (_, optimizer, schedule) = try #require(Self.runs.first { $0.0 == "schedule_" + name })
        let rates = schedule.ratesPerEpoch(base: optimizer.learningRate, epochs: 25, updatesPerEpoch: 1)
        #expect(isClose(rates, Self.reference.schedules[name]!, tolerance: 1e-15))
    }

    /// micrograd's demo: `1.0 − 0.9·k/100` for k = 0 … 99 is the linear schedule 1.0 → 0.1 over 100 epochs.
    @Test func linearScheduleIsMicrogradsDecay() {
        let rates = LearningRateSchedule.linear(end: 0.1).ratesPerEpoch(base: 1, epochs: 100, updatesPerEpoch: 7)
        let micrograd: [Double] = (0..<100).map { k in 1.0 - 0.9 * Double(k) / 100 }
        #expect(rates == micrograd)
    }

    /// Inverse time moves per update: epoch e starts at update e·(updates per epoch).
    @Test func inverseTimeCountsUpdates() {
        let schedule = LearningRateSchedule.inverseTime(decay: 0.5)
        #expect(schedule.ratesPerEpoch(base: 1, epochs: 3, updatesPerEpoch: 2) == [1, 1 / 2.0, 1 / 3.0])
        #expect(schedule.changesEveryUpdate && !LearningRateSchedule.cosine(end: 0).changesEveryUpdate)
        #expect(LearningRateSchedule.constant.ratesPerEpoch(base: 0.3, epochs: 2, updatesPerEpoch: 5) == [0.3, 0.3])
    }

    /// `decay` is the inverse-time schedule seen as a number.
    @Test func decayIsTheInverseTimeSchedule() {
        var options = TrainingOptions(epochs: 1, loss: .meanSquaredError, optimizer: .sgd(learningRate: 1), learningRateDecay: 0.2)
        #expect(options.schedule == .inverseTime(decay: 0.2))
        options.learningRateDecay = 0
        #expect(options.schedule == .constant)
        options.schedule = .step(every: 0, factor: 0.5)
        #expect(throws: TrainingOptionsError(setting: "schedule", reason: "the step must be at least 1 epoch")) { try options.validate() }
    }

    /// One Nesterov, AdaGrad and RMSProp update by hand on θ = [1, −2], g = [0.5, 0.25], η = 0.1.
    @Test func newUpdatesFollowTheirFormulas() {
        var theta = [1.0, -2.0]
        var nesterov = OptimizerState(optimizer: .nesterov(learningRate: 0.1, momentum: 0.9), parameterCount: 2)
        nesterov.update(parameters: &theta, gradient: [0.5, 0.25], rate: 0.1)
        // v = −0.05, θ += 0.9·(−0.05) − 0.05 = −0.095.
        #expect(abs(theta[0] - 0.905) < 1e-15)
        var adagradTheta = [1.0, -2.0]
        var adagrad = OptimizerState(optimizer: .adagrad(), parameterCount: 2)
        adagrad.update(parameters: &adagradTheta, gradient: [0.5, 0.25], rate: 0.1)
        // c = g², step = 0.1·g/(|g| + 1e−7).
        #expect(abs(adagradTheta[0] - (1 - 0.1 * 0.5 / (0.5 + 1e-7))) < 1e-15)
        var rmsTheta = [1.0, -2.0]
        var rmsprop = OptimizerState(optimizer: .rmsprop(), parameterCount: 2)
        rmsprop.update(parameters: &rmsTheta, gradient: [0.5, 0.25], rate: 0.1)
        // c = 0.1·g², step = 0.1·g/(√0.1·|g| + 1e−7).
        let rmsStep: Double = 0.1 * 0.25 / ((0.1 * 0.0625).squareRoot() + 1e-7)
        #expect(abs(rmsTheta[1] - (-2 - rmsStep)) < 1e-15)
    }
}
