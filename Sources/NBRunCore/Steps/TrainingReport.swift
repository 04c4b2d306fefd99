import Numerals
import NeuralEngine

/// The tables and figures a `{train}` step shows.
enum TrainingReport {
    static func metrics(_ record: TrainingRecord, data: LoadedData, network: Network, timings: Bool) -> [Metric] {
        let result = record.result
        var metrics: [Metric]
        if let finalPenalty = result.penalties.last {
            // Regularised: the data loss and the penalty apart, and the objective they add up to.
            let finalLoss = result.losses.last ?? .nan
            metrics = [
                Metric("data loss before training", .number(result.initialLoss, .significant(4))),
                Metric("penalty before training", .number(result.initialPenalty, .significant(4))),
                Metric("final data loss", .number(finalLoss, .significant(4))),
                Metric("final penalty", .number(finalPenalty, .significant(4))),
                Metric("final data loss + penalty", .number(finalLoss + finalPenalty, .significant(4))),
            ]
        } else {
            metrics = [
                Metric("loss before training", .number(result.initialLoss, .significant(4))),
                Metric("final loss", result.losses.last.map { Cell.number($0, .significant(4)) } ?? .missing),
            ]
        }
        if record.options.keepBest {
            metrics.append(Metric("lowest loss (kept)", .number(result.bestLoss, .significant(4)), detail: "at epoch \(result.bestEpoch)"))
        }
        switch result.stopReason {
        case .completed:
            metrics.append(Metric("epochs", .integer(result.epochsRun)))
        case .reachedTarget(let epoch):
            metrics.append(Metric("epochs", .integer(epoch), detail: "(stopped: loss reached the target)"))
        case .diverged(let epoch):
            metrics.append(Metric("epochs", .integer(epoch), detail: "(stopped: the loss diverged)"))
        }
        if record.options.schedule != .constant, let last = scheduleRates(record).last {
            metrics.append(Metric("final learning rate", .number(last, .significant(4))))
        }
        // ±1 labels under the hinge loss are classes too: a score above 0 reads as +1.
        let threshold = record.options.loss.decisionThreshold
        if data.train.classCount != nil || record.options.loss == .hinge, network.outputCount > 0 {
            metrics.append(Metric("training accuracy", .number(
                network.accuracy(inputs: data.train.x, targets: data.train.y, threshold: threshold), .percent(1))))
            if let test = data.test {
                metrics.append(Metric("test accuracy", .number(network.accuracy(inputs: test.x, targets: test.y, threshold: threshold), .percent(1))))
            }
        }
        if let test = data.test {
            metrics.append(Metric("test loss", .number(network.loss(inputs: test.x, targets: test.y, loss: record.options.loss), .significant(6))))
        }
        metrics.append(Metric("parameter updates", .integer(result.updates)))
        metrics.append(Metric("forward passes", .integer(result.forwardPasses)))
        if timings {
            metrics.append(Metric("time", .number(record.seconds, .fixed(3)), detail: "s"))
        }
        return metrics
    }

    /// One row per logged epoch; with a penalty the data loss, the penalty and their sum are columns of their own.
    static func logTable(_ record: TrainingRecord) -> ResultTable {
        let hasAccuracy = record.result.log.contains { $0.accuracy != nil }
        let penalised = !record.result.penalties.isEmpty
        var columns: [ResultTable.Column] = [.init("epoch")]
        columns += penalised ? [.init("data loss"), .init("penalty"), .init("data loss + penalty")] : [.init("loss")]
        if hasAccuracy { columns.append(.init("accuracy")) }
        var log = record.result.log.map { (epoch: $0.epoch, loss: $0.loss, penalty: $0.penalty, accuracy: $0.accuracy) }
        // Always end the log with the last epoch run, so the table agrees with the final loss.
        if let last = record.result.losses.last, log.last?.epoch != record.result.epochsRun, record.result.epochsRun > 0 {
            log.append((record.result.epochsRun, last, record.result.penalties.last, hasAccuracy ? record.finalAccuracy : nil))
        }
        let rows = log.map { row -> [Cell] in
            var cells: [Cell] = [.integer(row.epoch), .number(row.loss, .significant(6))]
            if penalised {
                let penalty = row.penalty ?? .nan
                cells += [.number(penalty, .significant(6)), .number(row.loss + penalty, .significant(6))]
            }
            if hasAccuracy { cells.append(row.accuracy.map { Cell.number($0, .percent(1)) } ?? .missing) }
            return cells
        }
        return ResultTable(caption: record.label.appending(": training log"), columns: columns, rows: rows)
    }

    /// The learning rate at the start of each epoch run.
    static func scheduleRates(_ record: TrainingRecord) -> [Double] {
        let options = record.options
        let epochs = max(record.result.epochsRun, 1)
        let updatesPerEpoch = record.result.updates / epochs
        return Array(options.schedule.ratesPerEpoch(base: options.optimizer.learningRate, epochs: options.epochs,
                                                    updatesPerEpoch: updatesPerEpoch).prefix(epochs))
    }

    /// The schedule as a sentence with its formula (inline Markdown: symbols as math, values as
    /// numbers), or `nil` for a constant rate.
    static func scheduleText(_ record: TrainingRecord) -> String? {
        let schedule = record.options.schedule
        guard schedule != .constant else { return nil }
        var constants = [(#"\eta_0"#, record.options.optimizer.learningRate)] + schedule.symbols
        if schedule.dependsOnEpochCount { constants.append(("E", Double(record.options.epochs))) }
        let values = constants.map { "$\($0.0)$ = \(NumberStyle.significant(6).format($0.1))" }.joined(separator: ", ")
        let counter = if case .inverseTime = schedule { "$t$ counts the updates already applied" }
            else { "$e$ counts the epochs already run (0 during the first)" }
        return "Learning-rate schedule: $\(schedule.texFormula)$ with \(values); \(counter)."
    }
}
