import NeuralEngine
import NotebookKit
import Testing
@testable import NBRunCore

/// What a `{train}` step shows for a penalty and a schedule.
@Suite struct TrainingReportTests {
    static func record(_ options: TrainingOptions, inputs: Matrix, targets: Matrix, spec: NetworkSpec) throws -> TrainingRecord {
        var network = try Network(spec: spec, parameters: Array(repeating: 0.25, count: try Network.parameterCount(of: spec)))
        let result = try Trainer(options: options).train(&network, inputs: inputs, targets: targets)
        return TrainingRecord(options: options, result: result, label: "Training 1", seconds: 0, finalAccuracy: nil,
                              location: SourceLocation(path: "t.md", line: 1, column: 1))
    }

    /// With a penalty the log shows the data loss, the penalty and their sum; each row adds up.
    @Test func penalisedLogShowsDataLossAndPenalty() throws {
        var options = TrainingOptions(epochs: 4, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.1),
                                      batching: .fullBatch, logEvery: 2)
        options.regularization = Regularization(model: Penalty(l2: 0.5))
        let record = try Self.record(options, inputs: Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]), targets: Matrix([[0], [1], [1], [0]]),
                                     spec: .linear(sizes: [2, 1]))
        let table = TrainingReport.logTable(record)
        #expect(table.columns.map(\.title) == ["epoch", "data loss", "penalty", "data loss + penalty"])
        #expect(table.rows.map { $0[0] } == [.integer(1), .integer(3), .integer(4)])
        // Epoch 1 by hand: W = [0.25, 0.25], b = 0.25; ŷ = 0.25, 0.5, 0.5, 0.75 against 0, 1, 1, 0:
        // data loss (0.0625 + 0.25 + 0.25 + 0.5625)/4 = 0.28125; penalty ½·0.5·(0.0625 + 0.0625) = 0.03125.
        #expect(table.rows[0] == [.integer(1), .number(0.28125, .significant(6)), .number(0.03125, .significant(6)),
                                  .number(0.3125, .significant(6))])
        let data = LoadedData(train: Dataset(x: Matrix([[0, 0]]), y: Matrix([[0]])), test: nil, name: "xor", location: record.location)
        let metrics = TrainingReport.metrics(record, data: data,
                                             network: try Network(spec: .linear(sizes: [2, 1]), parameters: [0, 0, 0]), timings: false)
        #expect(metrics.prefix(5).map(\.label) == ["data loss before training", "penalty before training", "final data loss",
                                                    "final penalty", "final data loss + penalty"])
        #expect(metrics[0].value == .number(0.28125, .significant(4)) && metrics[1].value == .number(0.03125, .significant(4)))
    }

    /// Without a penalty the log keeps its one loss column.
    @Test func plainLogHasOneLossColumn() throws {
        let options = TrainingOptions(epochs: 2, loss: .meanSquaredError, optimizer: .sgd(learningRate: 0.1), batching: .fullBatch, logEvery: 1)
        let record = try Self.record(options, inputs: Matrix([[0, 0], [1, 1]]), targets: Matrix([[0], [1]]), spec: .linear(sizes: [2, 1]))
        #expect(TrainingReport.logTable(record).columns.map(\.title) == ["epoch", "loss"])
        #expect(TrainingReport.scheduleText(record) == nil)
    }

    /// The schedule is stated with its formula and constants (micrograd's linear 1.0 → 0.1 here).
    @Test func scheduleIsShownAsAFormula() throws {
        var options = TrainingOptions(epochs: 100, loss: .meanSquaredError, optimizer: .sgd(learningRate: 1), batching: .fullBatch)
        options.schedule = .linear(end: 0.1)
        let record = try Self.record(options, inputs: Matrix([[0, 0], [1, 1]]), targets: Matrix([[0], [1]]), spec: .linear(sizes: [2, 1]))
        #expect(TrainingReport.scheduleText(record) == #"Learning-rate schedule: $\eta_e = \eta_0 + (\eta_{\mathrm{end}} - \eta_0)\,\frac{e}{E}$ with $\eta_0$ = 1, $\eta_{\mathrm{end}}$ = 0.1, $E$ = 100; $e$ counts the epochs already run (0 during the first)."#)
        let lastRate: Double = 1 - 0.9 * 99 / 100  // micrograd's 1.0 − 0.9·k/100 at k = 99
        #expect(TrainingReport.scheduleRates(record).last == lastRate)
    }
}
