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
                   "`mse`: mean of (ŷ − y)² (seed 001); `half-mse`: mean of ½(y − ŷ)² (seed 003); `cross-entropy`: categorical, on softmax outputs, labels as class indices or one-hot rows, predictions clipped to [1e−7, 1 − 1e−7] (seed 002); `binary-cross-entropy`: labels 0 and 1; `hinge`: mean of max(0, 1 − y·s) on labels −1 and +1 and raw scores s (micrograd's max-margin loss); `svm`: multiclass SVM, Σ_{j≠k} max(0, s_j − s_k + 1) for true class k (CS231n), on raw scores; `huber`: ½d² for |d| ≤ δ, else δ(|d| − ½δ), d = ŷ − y, mean over outputs. Labels are never re-coded: targets that do not fit the loss are an error."),
        OptionSpec("delta", .positiveNumber, default: "1", "Huber's threshold δ for `loss: huber`."),
        OptionSpec("reduction", .choice(["mean", "sum"]), default: "mean",
                   "Whether the gradient is that of the mean or of the sum of the per-sample losses. The reported loss is always the mean; seed 003 follows the gradient of the sum (`sum`)."),
        OptionSpec("optimizer", .choice(OptimizerSyntax.names), default: "sgd",
                   "The update rule: `sgd` θ ← θ − η∇; `momentum` v ← μv − η∇, θ ← θ + v; `nesterov` v ← μv − η∇, θ ← θ + μv − η∇ (CS231n); `adagrad` c ← c + ∇², θ ← θ − η∇/(√c + ε); `rmsprop` c ← ρc + (1 − ρ)∇², θ ← θ − η∇/(√c + ε); `adam`."),
        OptionSpec("learning-rate", .positiveNumber, default: "0.01", aliases: ["lr"], "Step size η (η₀ when a schedule moves it). Default 0.01, but nnfs's 1 for `adagrad` and 0.001 for `rmsprop`."),
        OptionSpec("momentum", .fraction, default: "0.9", "Momentum μ for `optimizer: momentum` and `nesterov`."),
        OptionSpec("beta1", .fraction, default: "0.9", "Adam's decay of the first moment."),
        OptionSpec("beta2", .fraction, default: "0.999", "Adam's decay of the second moment."),
        OptionSpec("rho", .fraction, default: "0.9", "RMSProp's decay ρ of the squared-gradient cache (nnfs)."),
        OptionSpec("epsilon", .positiveNumber, default: "1e-8", "ε of Adam, AdaGrad and RMSProp. Default 1e-8 for Adam, nnfs's 1e-7 for AdaGrad and RMSProp."),
        OptionSpec("decay", .number, default: "0", "Learning-rate decay: η_t = η / (1 + decay·t), t = updates so far (nnfs); the same as `schedule: inverse-time(decay)`."),
        OptionSpec("schedule", .text, default: "constant",
                   "How the learning rate moves over the epochs e = 0 … E − 1: `constant`, `inverse-time(d)`, `step(k, γ)` (times γ every k epochs), `exponential(γ)` (times γ every epoch), `linear(end)` (a straight line from η₀ towards `end`: micrograd's 1.0 → 0.1 is `learning-rate: 1` with `linear(0.1)`), `cosine(end)`. The report states the formula."),
        OptionSpec("l2", .text, default: "0",
                   "L2 penalty λ₂: adds ½λ₂Σw² to the loss and λ₂w to the gradient (CS231n's `reg`, PyTorch's weight decay; nnfs's and micrograd's λΣw² is `l2: 2λ`). One number for every layer, or per layer by weight name: `W1=1e-3, W2=0.01`."),
        OptionSpec("l1", .text, default: "0", "L1 penalty λ₁: adds λ₁Σ|w| to the loss and λ₁·sign(w) to the gradient. One number, or per layer as for `l2`."),
        OptionSpec("penalize-biases", .boolean, default: "false", "Penalise the biases too (micrograd's demo penalises every parameter)."),
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
        let training = try trainingOptions(options, data: data.train, model: model, dataLocation: data.location)
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
        let classifies = data.train.classCount != nil || training.loss == .hinge
        let accuracy = classifies
            ? model.network.accuracy(inputs: data.train.x, targets: data.train.y, threshold: training.loss.decisionThreshold) : nil
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
    static func trainingOptions(
        _ options: StepOptions, data: Dataset, model: LoadedModel, dataLocation: SourceLocation
    ) throws(Diagnostic) -> TrainingOptions {
        let loss = LossSyntax.loss(try options.choice("loss")!, delta: try options.number("delta")!)
        try checkShapes(loss: loss, options: options, data: data, network: model.network)
        try checkLabels(loss: loss, options: options, data: data, network: model.network, dataLocation: dataLocation)
        let optimizer = try OptimizerSyntax.optimizer(options)
        let epochs = try options.integer("epochs")!
        var training = TrainingOptions(epochs: epochs, loss: loss, optimizer: optimizer)
        training.reduction = try options.choice("reduction")! == "sum" ? .sum : .mean
        let decay = try options.number("decay")!
        guard decay >= 0 else {
            throw options.value("decay")!.error("decay must not be negative")
        }
        training.learningRateDecay = decay
        if options.has("schedule") {
            guard decay == 0 else {
                throw options.value("schedule")!.error("give either 'decay' or 'schedule', not both")
                    .with(note: "decay: d is schedule: inverse-time(d)")
            }
            training.schedule = try ScheduleSyntax.parse(options.value("schedule")!)
        }
        training.regularization = try regularization(options, network: model.network)
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

    /// The `l1`, `l2` and `penalize-biases` options as the engine's regularisation.
    private static func regularization(_ options: StepOptions, network: Network) throws(Diagnostic) -> Regularization {
        func strengths(_ name: String) throws(Diagnostic) -> [Double] {
            let value = options.value(name)!
            return try PenaltySyntax.strengths(try PenaltySyntax.parse(value), value: value, network: network)
        }
        return PenaltySyntax.regularization(l1: try strengths("l1"), l2: try strengths("l2"),
                                            includesBiases: try options.boolean("penalize-biases")!, network: network)
    }

    /// Targets keep their values: one that does not fit the loss is an error at `loss:`, naming the
    /// labels the loss expects, with a note pointing at the data.
    private static func checkLabels(
        loss: Loss, options: StepOptions, data: Dataset, network: Network, dataLocation: SourceLocation
    ) throws(Diagnostic) {
        guard let problem = loss.labelProblem(targets: data.y, outputs: network.outputCount) else { return }
        let written = options.has("loss")
        throw .error(problem.description, at: written ? options.value("loss")!.location : options.step.nameLocation,
                     length: written ? options.text("loss")!.utf8.count : name.utf8.count,
                     notes: ["the labels come from the {dataset} at \(dataLocation)"])
    }

    /// The model's output width must fit the targets and the loss.
    private static func checkShapes(loss: Loss, options: StepOptions, data: Dataset, network: Network) throws(Diagnostic) {
        let outputs = network.outputCount
        let location = options.keyLocation("loss")
        if network.inputCount != data.featureCount {
            throw .error("the model expects \(network.inputCount) inputs but the data has \(data.featureCount) features", at: options.step.nameLocation)
        }
        switch loss {
        case .multiclassHinge where data.classCount != nil:
            let classes = data.classCount!
            guard outputs == classes, outputs >= 2 else {
                throw .error("the SVM loss over \(classes) classes needs a model with \(classes) raw-score outputs, but it has \(outputs)", at: location)
            }
        case .multiclassHinge where outputs < 2:
            throw .error("the SVM loss needs a model with one output per class (at least 2), but it has \(outputs)", at: location,
                         notes: ["for two classes with labels −1 and +1 and one output use loss: hinge"])
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
