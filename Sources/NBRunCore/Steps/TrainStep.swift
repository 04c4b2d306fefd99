import Numerals
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

    struct Options: StepOptionList {
        let loss = StepOption("loss", .choice(LossName.self), default: .mse,
                          "`mse`: mean of (ŷ − y)² (seed 001); `half-mse`: mean of ½(y − ŷ)² (seed 003); `cross-entropy`: categorical, on softmax outputs, labels as class indices or one-hot rows, predictions clipped to [1e−7, 1 − 1e−7] (seed 002); `binary-cross-entropy`.")
        let reduction = StepOption("reduction", .choice(ReductionChoice.self), default: .mean,
                               "Whether the gradient is that of the mean or of the sum of the per-sample losses. The reported loss is always the mean; seed 003 follows the gradient of the sum (`sum`).")
        let optimizer = StepOption("optimizer", .choice(OptimizerName.self), default: .sgd, "The update rule.")
        let learningRate = StepOption("learning-rate", .positiveNumber, default: 0.01, aliases: ["lr"], "Step size η.")
        let momentum = StepOption("momentum", .fraction, default: 0.9, "Momentum μ for `optimizer: momentum`: v ← μv − η∇, θ ← θ + v.")
        let beta1 = StepOption("beta1", .fraction, default: OptimizerName.adamDefaults.beta1, "Adam's decay of the first moment.")
        let beta2 = StepOption("beta2", .fraction, default: OptimizerName.adamDefaults.beta2, "Adam's decay of the second moment.")
        let epsilon = StepOption("epsilon", .positiveNumber, default: OptimizerName.adamDefaults.epsilon,
                             "Adam's ε (the engine's default, as in its numpy reference and nnfs).")
        let decay = StepOption("decay", .nonNegativeNumber, default: 0, "Learning-rate decay: η_t = η / (1 + decay·t), t = updates so far.")
        let epochs = StepOption("epochs", .integer(1...100_000_000), default: 100, "Passes over the data.")
        let batch = StepOption("batch", .batch, default: .full,
                           "`per-sample` (one update per sample, in order: seeds 000, 001, 004), `full` (one update per epoch: seed 003), or a number N for mini-batches of N.")
        let shuffle = StepOption("shuffle", .boolean, default: false, "Reshuffle the samples every epoch (per-sample and mini-batch training).")
        let logEvery = OptionalStepOption("log-every", .integer(0...Int.max),
                                      "Log the loss every N epochs (and the first and last); default: about ten rows. 0 logs only the first and last.")
        let gradients = StepOption("gradients", .choice(GradientChoice.self), default: .backprop,
                               "`backprop` or `finite-differences`: (L(θ + h) − L(θ − h)) / 2h for every parameter (seeds 000, 004).")
        let h = StepOption("h", .positiveNumber, default: 1e-5, "Step h for finite differences.")
        let keepBest = StepOption("keep-best", .boolean, default: false,
                              "Keep the parameters of the epoch with the lowest loss and restore them at the end (seed 000).")
        let stopAt = OptionalStepOption("stop-at", .positiveNumber, "Stop as soon as an epoch's loss is at or below this.")
        let epochLoss = StepOption("epoch-loss", .choice(EpochLossChoice.self), default: .during,
                               "`during`: the mean of the losses seen while the epoch ran (seeds 001, 003); `after`: a full pass after the epoch's updates (seeds 000, 004).")
        let snapshots = OptionalStepOption("snapshots", .integerList(0...Int.max),
                                       "Epochs at which to keep a copy of the parameters, for `{plot boundary}` with `epochs:` (0 is the start).")
        let restart = StepOption("restart", .boolean, default: false,
                             "Start from the model's initial parameters instead of where the last training ended (to compare two trainings).")
        let label = OptionalStepOption("label", .inlineMarkdown,
                                       "A name for this training in tables and plots (default: Training 1, 2, …); math is shown as written in plots.")
    }

    static func run(_ options: StepOptions<Options>, in context: inout RunContext) throws(Diagnostic) -> [ResultPart] {
        let data = try context.requireData(at: options.step.nameLocation, for: name)
        var model = try context.requireModel(at: options.step.nameLocation, for: name)
        let training = try trainingOptions(options, data: data.train, model: model)
        if options[\.restart] {
            model.network.parameters = model.initialParameters
        }
        let label = options[\.label] ?? InlineMarkdown(generated: "Training \(context.trainings.count + 1)")
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
            let message = "the loss became \(result.losses.last.map(NumberStyle.significant(6).format) ?? "NaN") at epoch \(epoch), so training stopped; try a smaller learning rate (now \(learningRate(training)))"
            context.warnings.append(.warning(message, at: options.keyLocation(\.learningRate)))
            parts.append(.callout(Callout(.error, "Training diverged: \(message).")))
        }
        parts.append(.metrics(TrainingReport.metrics(record, data: data, network: model.network, timings: context.configuration.timings)))
        parts.append(.table(TrainingReport.logTable(record)))
        let index = context.trainings.count
        let export = ParameterExport(network: model.network, result: result)
        let json = "training-\(index).json", history = "training-\(index)-history.csv"
        context.attachments.append(DocumentAttachment(kind: .export, name: json, bytes: Array(export.jsonData())))
        context.attachments.append(DocumentAttachment(kind: .export, name: history, bytes: Array(result.csv().utf8)))
        let jsonLink = context.layout.attachmentPath(json, stem: context.stem)
        let historyLink = context.layout.attachmentPath(history, stem: context.stem)
        parts.append(.callout(Callout(.note,
            "Trained parameters and the loss history are saved beside this report: [`\(json)`](\(jsonLink)) and [`\(history)`](\(historyLink)).")))
        return parts
    }

    static func learningRate(_ options: TrainingOptions) -> String {
        "\(options.optimizer.learningRate)"
    }

    /// The engine's options from the step's, checked against the data and model.
    static func trainingOptions(_ options: StepOptions<Options>, data: Dataset, model: LoadedModel) throws(Diagnostic) -> TrainingOptions {
        let loss = options[\.loss].loss
        try ShapeCheck.check(model.network, data: data, loss: loss, lossAt: options.keyLocation(\.loss),
                             stepAt: options.step.nameLocation)
        let rate = options[\.learningRate]
        let optimizer: Optimizer = switch options[\.optimizer] {
        case .sgd: .sgd(learningRate: rate)
        case .momentum: .momentum(learningRate: rate, momentum: options[\.momentum])
        case .adam: .adam(learningRate: rate, beta1: options[\.beta1], beta2: options[\.beta2], epsilon: options[\.epsilon])
        }
        let epochs = options[\.epochs]
        var training = TrainingOptions(epochs: epochs, loss: loss, optimizer: optimizer)
        training.reduction = options[\.reduction].reduction
        training.learningRateDecay = options[\.decay]
        training.batching = options[\.batch].batching(samples: data.sampleCount, shuffle: options[\.shuffle])
        switch options[\.gradients] {
        case .backprop: training.gradients = .backpropagation
        case .finiteDifferences: training.gradients = .centralDifferences(step: options[\.h])
        }
        training.epochLoss = options[\.epochLoss].measure
        training.logEvery = options[\.logEvery] ?? max(1, epochs / 10)
        training.keepBest = options[\.keepBest]
        training.stopAt = options[\.stopAt]
        if let snapshots = options[\.snapshots] {
            for epoch in snapshots where epoch > epochs {
                throw options.error("snapshot epoch \(epoch) is after the last epoch (\(epochs))", about: \.snapshots)
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
}
