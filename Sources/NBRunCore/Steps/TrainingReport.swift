import NeuralEngine

/// The tables and figures a `{train}` step shows.
enum TrainingReport {
    static func metrics(_ record: TrainingRecord, data: LoadedData, network: Network, timings: Bool) -> [Metric] {
        let result = record.result
        var metrics: [Metric] = [
            Metric("loss before training", NumberFormat.short(result.initialLoss)),
            Metric("final loss", result.losses.last.map(NumberFormat.short) ?? "—"),
        ]
        if record.options.keepBest {
            metrics.append(Metric("lowest loss (kept)", "\(NumberFormat.short(result.bestLoss)) at epoch \(result.bestEpoch)"))
        }
        switch result.stopReason {
        case .completed:
            metrics.append(Metric("epochs", NumberFormat.integer(result.epochsRun)))
        case .reachedTarget(let epoch):
            metrics.append(Metric("epochs", "\(NumberFormat.integer(epoch)) (stopped: loss reached the target)"))
        case .diverged(let epoch):
            metrics.append(Metric("epochs", "\(NumberFormat.integer(epoch)) (stopped: the loss diverged)"))
        }
        if data.train.classCount != nil, network.outputCount > 0 {
            metrics.append(Metric("training accuracy", NumberFormat.percent(network.accuracy(inputs: data.train.x, targets: data.train.y))))
            if let test = data.test {
                metrics.append(Metric("test accuracy", NumberFormat.percent(network.accuracy(inputs: test.x, targets: test.y))))
            }
        }
        if let test = data.test {
            metrics.append(Metric("test loss", NumberFormat.loss(network.loss(inputs: test.x, targets: test.y, loss: record.options.loss))))
        }
        metrics.append(Metric("parameter updates", NumberFormat.integer(result.updates)))
        metrics.append(Metric("forward passes", NumberFormat.integer(result.forwardPasses)))
        if timings {
            metrics.append(Metric("time", String(format: "%.3f s", record.seconds)))
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
        let rows = log.map { row -> [String] in
            var cells = [NumberFormat.integer(row.epoch), NumberFormat.loss(row.loss)]
            if hasAccuracy { cells.append(row.accuracy.map(NumberFormat.percent) ?? "—") }
            return cells
        }
        return ResultTable(caption: "\(record.label): training log", columns: columns, rows: rows)
    }
}
