import Foundation
import NeuralEngine
import Testing
@testable import NBRunCore

/// A `{train}` step with a hinge loss, a schedule and per-layer penalties runs the engine with
/// exactly those settings, and the report shows the data loss and the penalty apart.
@Suite struct TrainingSyntaxTests {
    static let output: String = {
        let directory = temporaryDirectory()
        let result = runNotebooks(["Tests/NBRunCoreTests/Fixtures/regularised-hinge.md"], output: directory)
        precondition(result.status == 0, "regularised-hinge.md failed:\n\(result.diagnostics)")
        return directory
    }()

    /// The same training run directly on the engine: per-layer L2 (W1 0.01, W2 0.002), L1 0.001
    /// everywhere, biases included, linear schedule 0.5 → 0.05 over 12 epochs.
    static func engineRun() throws -> TrainingResult {
        let spec = NetworkSpec(layers: [.dense(inputs: 2, outputs: 3), .activation(.relu), .dense(inputs: 3, outputs: 1)])
        var network = try Network(spec: spec, parameters: [0.5, -0.4, 0.3, -0.2, 0.6, 0.1, 0.1, -0.1, 0.2, 0.7, -0.5, 0.4, 0.05])
        var options = TrainingOptions(epochs: 12, loss: .hinge, optimizer: .sgd(learningRate: 0.5), batching: .fullBatch, logEvery: 4)
        options.schedule = .linear(end: 0.05)
        options.regularization = Regularization(layers: [
            .init(layerIndex: 0, penalty: Penalty(l1: 0.001, l2: 0.01, includesBiases: true)),
            .init(layerIndex: 2, penalty: Penalty(l1: 0.001, l2: 0.002, includesBiases: true)),
        ])
        return try Trainer(options: options).train(
            &network, inputs: Matrix([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.2], [0.2, 0.9]]),
            targets: Matrix(rows: 6, columns: 1, elements: [-1, 1, 1, -1, 1, 1]))
    }

    @Test func historyEqualsTheEngineRunWithTheSameSettings() throws {
        let csv = contents(Self.output + "/regularised-hinge/training-1-history.csv")
        let expected = try Self.engineRun()
        #expect(csv.hasPrefix("epoch,data_loss,penalty,accuracy\n0,\(expected.initialLoss),\(expected.initialPenalty),\n"))
        let last = csv.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("12,\(expected.losses[11]),\(expected.penalties[11]),"))
    }

    @Test func reportShowsDataLossPenaltyAndSchedule() {
        let report = contents(Self.output + "/regularised-hinge.html")
        #expect(report.contains(#"<th scope="col" class="nb-num">data loss</th><th scope="col" class="nb-num">penalty</th><th scope="col" class="nb-num">data loss + penalty</th>"#))
        #expect(report.contains("<dt>final penalty</dt>"))
        #expect(report.contains("<dt>training accuracy</dt>"), "±1 labels under the hinge loss are classes")
        #expect(report.contains(#"<annotation encoding="application/x-tex">\eta_e = \eta_0 + (\eta_{\mathrm{end}} - \eta_0)\,\frac{e}{E}</annotation>"#))
        #expect(report.contains(#"<annotation encoding="application/x-tex">\eta_{\mathrm{end}}</annotation>"#))
        #expect(report.contains("= 0.05, "))
    }

    /// The loss figure draws the data loss, the penalty and their sum; the boundary of a hinge
    /// model splits at a score of 0, and its legend names the labels −1 and +1.
    @Test func figuresFollowThePenaltyAndTheScores() {
        let loss = contents(Self.output + "/regularised-hinge/figure-1-loss.svg")
        #expect(loss.contains(">Training 1: data loss</text>") && loss.contains(">penalty</text>") && loss.contains(">data loss + penalty</text>"))
        #expect(loss.contains("hinge loss and weight penalty"))
        let boundary = contents(Self.output + "/regularised-hinge/figure-2-boundary.svg")
        #expect(boundary.contains(">−1</text>") && boundary.contains(">+1</text>"))
    }
}
