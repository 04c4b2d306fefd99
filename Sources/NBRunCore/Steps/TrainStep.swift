import Foundation
import NeuralEngine
import NotebookKit

/// `{train}`: trains the current model on the current data.
struct TrainStep: NotebookStep {
    static let name = "train"
    static let example = """
        loss: mse
        optimizer: sgd
        learning-rate: 0.1
        epochs: 1000
        batch: per-sample
        log-every: 100
        """
    static let summary = "Trains the model: loss, optimizer, learning rate, epochs, how samples are batched, and how gradients are computed (backpropagation or central differences)."

    static let options: [OptionSpec] = [
        OptionSpec("loss", .choice(LossSyntax.names), default: "mse",
                   "`mse`: mean of (ŷ − y)² (seed 001); `half-mse`: mean of ½(y − ŷ)² (seed 003); `cross-entropy`: categorical, on softmax outputs, labels as class indices or one-hot rows, predictions clipped to [1e−7, 1 − 1e−7] (seed 002); `binary-cross-entropy`."),
        OptionSpec("reduction", .choice(["mean", "sum"]), default: "mean",
                   "Whether the gradient is that of the mean or of the sum of the per-sample losses. The reported loss is always the mean; seed 003 follows the gradient of the sum (`sum`)."),
        OptionSpec("optimizer", .choice(["sgd", "momentum", "adam"]), default: "sgd", "The update rule."),
        OptionSpec("learning-rate", .positiveNumber, default: "0.01", aliases: ["lr"], "Step size η."),
        OptionSpec("momentum", .fraction, default: "0.9", "Momentum μ for `optimizer: momentum`: v ← μv − η∇, θ ← θ + v."),
        OptionSpec("beta1", .fraction, default: "0.9", "Adam's decay of the first moment."),
        OptionSpec("beta2", .fraction, default: "0.999", "Adam's decay of the second moment."),
        OptionSpec("epsilon", .positiveNumber, default: "1e-8", "Adam's ε."),
        OptionSpec("decay", .number, default: "0", "Learning-rate decay: η_t = η / (1 + decay·t), t = updates so far."),
        OptionSpec("epochs", .integer(1...100_000_000), default: "100", "Passes over the data."),
        OptionSpec("batch", .text, default: "full",
                   "`per-sample` (one update per sample, in order: seeds 000, 001, 004), `full` (one update per epoch: seed 003), or a number N for mini-batches of N."),
        OptionSpec("shuffle", .boolean, default: "false", "Reshuffle the samples every epoch (per-sample and mini-batch training)."),
        OptionSpec("log-every", .integer(0...Int.max), "Log the loss every N epochs (and the first and last); default: about ten rows. 0 logs only the first and last."),
        OptionSpec("gradients", .choice(["backprop", "finite-differences"]), default: "backprop",
                   "`backprop` or `finite-differences`: (L(θ + h) − L(θ − h)) / 2h for every parameter (seeds 000, 004)."),
        OptionSpec("h", .positiveNumber, default: "1e-5", "Step h for finite differences."),
        OptionSpec("keep-best", .boolean, default: "false", "Keep the parameters of the epoch with the lowest loss and restore them at the end (seed 000)."),
        OptionSpec("stop-at", .positiveNumber, "Stop as soon as an epoch's loss is at or below this."),
        OptionSpec("epoch-loss", .choice(["during", "after"]), default: "during",
                   "`during`: the mean of the losses seen while the epoch ran (seeds 001, 003); `after`: a full pass after the epoch's updates (seeds 000, 004)."),
        OptionSpec("snapshots", .integerList, "Epochs at which to keep a copy of the parameters, for `{plot boundary}` with `epochs:` (0 is the start)."),
        OptionSpec("restart", .boolean, default: "false", "Start from the model's initial parameters instead of where the last training ended (to compare two trainings)."),
        OptionSpec("label", .text, "A name for this training in tables and plots (default: Training 1, 2, …)."),
    ]

    static func run(_ options: StepOptions, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let data = try context.requireData(at: options.step.nameLocation, for: name)
        var model = try context.requireModel(at: options.step.nameLocation, for: name)
        let training = try trainingOptions(options, data: data.train, model: model)
        if try options.boolean("restart")! {
            model.network.parameters = model.initialParameters
        }
        let label = options.text("label") ?? "Training \(context.trainings.count + 1)"
        let progress = context.progress
        progress.trainingStarted()
        let clock = ContinuousClock()
        let start = clock.now
        let total = training.epochs
        let logEvery = training.logEvery
        let result: TrainingResult
        do {
            result = try Trainer(options: training).train(
                &model.network, inputs: data.train.x, targets: data.train.y, random: &context.random
            ) { epoch, loss in
                progress.epoch(epoch, of: total, loss: loss)
                if logEvery > 0, (epoch - 1) % logEvery == 0 || epoch == total {
                    progress.logged(epoch: epoch, of: total, loss: loss)
                }
            }
        } catch {
            progress.finished()
            throw .error(error.description, at: options.step.nameLocation, length: name.utf8.count)
        }
        let seconds = ProgressReporter.seconds(clock.now - start)
        progress.finished()
        context.model = model
        let accuracy = data.train.classCount != nil ? model.network.accuracy(inputs: data.train.x, targets: data.train.y) : nil
        let record = TrainingRecord(options: training, result: result, label: label, seconds: seconds, finalAccuracy: accuracy,
                                    location: options.step.location)
        context.trainings.append(record)

        var parts: [ResultPart] = []
        if case .diverged(let epoch) = result.stopReason {
            let message = "the loss became \(result.losses.last.map(NumberFormat.loss) ?? "NaN") at epoch \(epoch), so training stopped; try a smaller learning rate (now \(learningRate(training)))"
            context.warnings.append(.warning(message, at: options.keyLocation("learning-rate")))
            parts.append(.callout(Callout(.error, "Training diverged: \(message).")))
        }
        parts.append(.metrics(TrainingReport.metrics(record, data: data, network: model.network, timings: context.configuration.timings)))
        if let schedule = TrainingReport.scheduleText(record) { parts.append(.text(schedule)) }
        parts.append(.table(TrainingReport.logTable(record)))
        let index = context.trainings.count
        let export = ParameterExport(network: model.network, result: result)
        context.files.append(OutputFile(relativePath: "\(context.stem)/training-\(index).json", bytes: Array(export.jsonData())))
        context.files.append(OutputFile(relativePath: "\(context.stem)/training-\(index)-history.csv", bytes: Array(result.csv().utf8)))
        parts.append(.callout(Callout(.note,
            "Trained parameters and the loss history are saved beside this report: [`training-\(index).json`](\(context.stem)/training-\(index).json) and [`training-\(index)-history.csv`](\(context.stem)/training-\(index)-history.csv).")))
        return parts
    }

    static func learningRate(_ options: TrainingOptions) -> String {
        "\(options.optimizer.learningRate)"
    }

    /// The engine's options from the step's, checked against the data and model.
    static func trainingOptions(_ options: StepOptions, data: Dataset, model: LoadedModel) throws(Diagnostic) -> TrainingOptions {
        let loss = LossSyntax.loss(try options.choice("loss")!)
        try checkShapes(loss: loss, options: options, data: data, network: model.network)
        let rate = try options.number("learning-rate")!
        let optimizer: Optimizer
        switch try options.choice("optimizer")! {
        case "momentum": optimizer = .momentum(learningRate: rate, momentum: try options.number("momentum")!)
        case "adam":
            optimizer = .adam(learningRate: rate, beta1: try options.number("beta1")!,
                              beta2: try options.number("beta2")!, epsilon: try options.number("epsilon")!)
        default: optimizer = .sgd(learningRate: rate)
        }
        let epochs = try options.integer("epochs")!
        var training = TrainingOptions(epochs: epochs, loss: loss, optimizer: optimizer)
        training.reduction = try options.choice("reduction")! == "sum" ? .sum : .mean
        training.learningRateDecay = try options.number("decay")!
        guard training.learningRateDecay >= 0 else {
            throw options.value("decay")!.error("decay must not be negative")
        }
        training.batching = try batching(options, samples: data.sampleCount)
        if try options.choice("gradients")! == "finite-differences" {
            training.gradients = .centralDifferences(step: try options.number("h")!)
        }
        training.epochLoss = try options.choice("epoch-loss")! == "after" ? .afterEpoch : .duringEpoch
        training.logEvery = try options.integer("log-every") ?? max(1, epochs / 10)
        training.keepBest = try options.boolean("keep-best")!
        training.stopAt = try options.number("stop-at")
        if let snapshots = try options.integerList("snapshots", in: 0...Int.max) {
            for epoch in snapshots where epoch > epochs {
                throw options.value("snapshots")!.error("snapshot epoch \(epoch) is after the last epoch (\(epochs))")
            }
            training.snapshotEpochs = snapshots
        }
        do {
            try training.validate()
        } catch {
            throw .error(error.description, at: options.step.nameLocation)
        }
        return training
    }

    private static func batching(_ options: StepOptions, samples: Int) throws(Diagnostic) -> Batching {
        let value = options.value("batch")!
        let shuffle = try options.boolean("shuffle")!
        switch value.text.trimmed.lowercased() {
        case "per-sample", "1", "sample", "online": return shuffle ? .miniBatch(size: 1, shuffle: true) : .perSample
        case "full", "full-batch", "all": return .fullBatch
        default:
            guard let size = Int(value.text.trimmed), size >= 1 else {
                throw value.error("batch is 'per-sample', 'full' or a number of samples, not '\(value.text.trimmed)'")
            }
            return size >= samples && !shuffle ? .fullBatch : .miniBatch(size: size, shuffle: shuffle)
        }
    }

    /// The model's output width must fit the targets and the loss.
    private static func checkShapes(loss: Loss, options: StepOptions, data: Dataset, network: Network) throws(Diagnostic) {
        let outputs = network.outputCount
        let location = options.keyLocation("loss")
        if network.inputCount != data.featureCount {
            throw .error("the model expects \(network.inputCount) inputs but the data has \(data.featureCount) features", at: options.step.nameLocation)
        }
        switch loss {
        case .crossEntropy:
            guard let classes = data.classCount else {
                throw .error("cross-entropy needs class labels, but the data has numeric targets", at: location)
            }
            guard outputs == classes else {
                throw .error("cross-entropy over \(classes) classes needs a model with \(classes) outputs, but it has \(outputs)", at: location)
            }
        case .binaryCrossEntropy, .meanSquaredError, .halfSquaredError, .hinge, .multiclassHinge, .huber:
            if data.targetCount != outputs, !(data.classCount != nil && data.targetCount == 1 && outputs == data.classCount) {
                throw .error("the model has \(outputs) output\(outputs == 1 ? "" : "s") but the data has \(data.targetCount) target column\(data.targetCount == 1 ? "" : "s")", at: location,
                             notes: data.classCount.map { ["for \($0) classes use 'one-hot: true' in {dataset}, or loss: cross-entropy with softmax"] } ?? [])
            }
        }
    }
}
