import Numerals
import NeuralEngine

/// The tables and figures a `{train}` step shows.
enum TrainingReport {
    static func metrics(_ record: TrainingRecord, data: LoadedData, network: Network, timings: Bool) -> [Metric] {
        let result = record.result
        var metrics: [Metric] = [
            Metric("loss before training", .number(result.initialLoss, .significant(4))),
            Metric("final loss", result.losses.last.map { Cell.number($0, .significant(4)) } ?? .missing),
        ]
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
        if data.train.classCount != nil, network.outputCount > 0 {
            metrics.append(Metric("training accuracy", .number(network.accuracy(inputs: data.train.x, targets: data.train.y), .percent(1))))
            if let test = data.test {
                metrics.append(Metric("test accuracy", .number(network.accuracy(inputs: test.x, targets: test.y), .percent(1))))
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

    static func logTable(_ record: TrainingRecord) -> ResultTable {
        let hasAccuracy = record.result.log.contains { $0.accuracy != nil }
        var columns: [ResultTable.Column] = [.init("epoch"), .init("loss")]
        if hasAccuracy { columns.append(.init("accuracy")) }
        var log = record.result.log.map { (epoch: $0.epoch, loss: $0.loss, accuracy: $0.accuracy) }
        // Always end the log with the last epoch run, so the table agrees with the final loss.
        if let last = record.result.losses.last, log.last?.epoch != record.result.epochsRun, record.result.epochsRun > 0 {
            log.append((record.result.epochsRun, last, hasAccuracy ? record.finalAccuracy : nil))
        }
        let rows = log.map { row -> [Cell] in
            var cells: [Cell] = [.integer(row.epoch), .number(row.loss, .significant(6))]
            if hasAccuracy { cells.append(row.accuracy.map { Cell.number($0, .percent(1)) } ?? .missing) }
            return cells
        }
        return ResultTable(caption: record.label.appending(": training log"), columns: columns, rows: rows)
    }
}
