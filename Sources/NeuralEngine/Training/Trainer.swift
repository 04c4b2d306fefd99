/// Trains a ``Network`` in place: batches, gradients (backpropagation or central
/// differences), optimizer updates, loss bookkeeping. Buffers are allocated once
/// before the first epoch; the loop itself allocates nothing (besides snapshots and log rows).
///
/// Each batch minimises `E(θ) + P(θ)`: the data loss `E` (``TrainingOptions/loss``) and the
/// weight penalty `P` (``TrainingOptions/regularization``, see ``Penalty``), recorded apart in
/// ``TrainingResult/losses`` and ``TrainingResult/penalties``; without a penalty that part of
/// the loop is skipped. The update uses the rate ``LearningRateSchedule/rate(base:epoch:epochs:update:)``
/// gives (once per epoch, or per update for ``LearningRateSchedule/inverseTime(decay:)``).
public struct Trainer: Sendable {
    public var options: TrainingOptions

    public init(options: TrainingOptions) {
        self.options = options
    }

    /// Trains without randomness. Precondition: the batching does not shuffle.
    public func train(
        _ network: inout Network, inputs: Matrix, targets: Matrix,
        progress: ((_ epoch: Int, _ loss: Double) -> Void)? = nil
    ) throws(TrainingError) -> TrainingResult {
        precondition(!options.batching.shuffles, "shuffled mini-batches need a RandomSource")
        precondition(!network.drawsTrainingNoise, "dropout needs a RandomSource")
        var none = NoRandomness()
        return try train(&network, inputs: inputs, targets: targets, random: &none, progress: progress)
    }

    /// Trains for ``TrainingOptions/epochs`` epochs (or until a stop condition), calling
    /// `progress` after every epoch with its number (from 1) and loss.
    public func train(
        _ network: inout Network, inputs: Matrix, targets: Matrix, random: inout some RandomSource,
        progress: ((_ epoch: Int, _ loss: Double) -> Void)? = nil
    ) throws(TrainingError) -> TrainingResult {
        do { try options.validate() } catch { throw .options(error) }
        do { try network.validate(inputs: inputs, targets: targets, loss: options.loss) } catch { throw .data(error) }
        if let problem = options.loss.labelProblem(targets: targets, outputs: network.outputCount) { throw .labels(problem) }

        let samples = inputs.rows
        let batchSize = options.batching.size(samples: samples)
        let batch = BatchWorkspace(network: network, capacity: batchSize, targetWidth: targets.columns)
        // Whole-data passes reuse the batch buffers for full batches, else run forward in chunks.
        let whole = batchSize == samples ? batch
            : BatchWorkspace(network: network, capacity: min(samples, BatchWorkspace.evaluationChunk),
                             targetWidth: targets.columns, backward: false)
        let classes = options.loss.isClassification && options.logEvery > 0
            ? Network.classes(ofTargets: targets, outputs: network.outputCount, threshold: options.loss.decisionThreshold) : nil
        // The weight penalty, resolved onto the flat vector; when there is none the loop skips it.
        let penalty = PenaltyTerms(options.regularization, ranges: network.layerParameterRanges)
        let penalised = !penalty.isEmpty
        let baseRate = options.optimizer.learningRate
        let ratePerUpdate = options.schedule.changesEveryUpdate
        var gradient = Array(repeating: 0.0, count: network.parameterCount)
        var optimizer = OptimizerState(optimizer: options.optimizer, parameterCount: network.parameterCount)
        var order = Array(0..<samples)
        var forwardPasses = 0
        let noisy = network.drawsTrainingNoise

        /// Mean loss over all samples with the current parameters (one full forward pass),
        /// and the accuracy when asked for.
        func fullPass(accuracy: Bool = false) -> (loss: Double, accuracy: Double?) {
            forwardPasses += 1
            return network.parameters.withUnsafeBufferPointer {
                whole.evaluate(parameters: $0.baseAddress!, inputs: inputs, targets: targets, loss: options.loss,
                               classes: accuracy ? classes : nil, threshold: options.loss.decisionThreshold)
            }
        }

        let initialLoss = options.measuresInitialLoss ? fullPass().loss : .nan
        var result = TrainingResult(
            initialLoss: initialLoss, losses: [], log: [], bestEpoch: 0, bestLoss: initialLoss,
            stopReason: .completed, snapshots: [], forwardPasses: 0, updates: 0)
        var bestParameters = options.keepBest ? network.parameters : []
        if !initialLoss.isFinite { result.bestLoss = .infinity }
        if penalised {
            result.initialPenalty = network.parameters.withUnsafeBufferPointer { penalty.value($0.baseAddress!) }
            result.penalties.reserveCapacity(options.epochs)
        }
        if options.snapshotEpochs.contains(0) { result.snapshots.append(ParameterSnapshot(epoch: 0, parameters: network.parameters)) }
        result.losses.reserveCapacity(options.epochs)
        result.log.reserveCapacity(options.logEvery > 0 ? (options.epochs + options.logEvery - 1) / options.logEvery : 0)

        // Batches of consecutive rows read the inputs in place (no copy); shuffled ones are copied.
        inputs.elements.withUnsafeBufferPointer { inputRows in
            epochs: for epoch in 1...options.epochs {
                if options.batching.shuffles { random.shuffle(&order) }
                var lossSum = 0.0
                var weightedLossSum = 0.0
                var penaltySum = 0.0
                var weightedPenaltySum = 0.0
                let epochRate = options.schedule.rate(base: baseRate, epoch: epoch - 1, epochs: options.epochs,
                                                      update: optimizer.updates)
                var batches = 0
                var start = 0
                while start < samples {
                    let end = min(start + batchSize, samples)
                    if options.batching.shuffles {
                        batch.load(inputs: inputs, targets: targets, rows: start..<end, of: order)
                    } else {
                        batch.attach(inputs: inputRows.baseAddress!, targets: targets, rows: start..<end)
                    }
                    start = end
                    if noisy { batch.drawTrainingNoise(random: &random) }
                    network.parameters.withUnsafeBufferPointer { batch.forward(parameters: $0.baseAddress!, training: true) }
                    forwardPasses += 1
                    let batchLoss = batch.meanLoss(options.loss)
                    guard batchLoss.isFinite else {
                        result.losses.append(batchLoss)
                        result.stopReason = .diverged(epoch: epoch)
                        break epochs
                    }
                    lossSum += batchLoss
                    weightedLossSum += batchLoss * Double(batch.rows)
                    batches += 1
                    network.parameters.withUnsafeBufferPointer { p in
                        gradient.withUnsafeMutableBufferPointer { g in
                            switch options.gradients {
                            case .backpropagation:
                                batch.backward(parameters: p.baseAddress!, loss: options.loss, reduction: options.reduction,
                                               fuseSoftmaxCrossEntropy: options.fuseSoftmaxCrossEntropy, gradient: g.baseAddress!,
                                               keepOutputGradient: false)
                            case .centralDifferences(let step):
                                forwardPasses += batch.centralDifferences(parameters: p.baseAddress!, loss: options.loss,
                                                                          reduction: options.reduction, step: step, gradient: g.baseAddress!,
                                                                          parameterCount: p.count)
                            }
                        }
                    }
                    if penalised {
                        // ∂(E + P)/∂θ; P is measured at the same θ as the batch loss.
                        let batchPenalty = network.parameters.withUnsafeBufferPointer { p in
                            gradient.withUnsafeMutableBufferPointer { g in penalty.addGradient(p.baseAddress!, into: g.baseAddress!) }
                        }
                        penaltySum += batchPenalty
                        weightedPenaltySum += batchPenalty * Double(batch.rows)
                    }
                    let rate = ratePerUpdate
                        ? options.schedule.rate(base: baseRate, epoch: epoch - 1, epochs: options.epochs, update: optimizer.updates)
                        : epochRate
                    optimizer.update(parameters: &network.parameters, gradient: gradient, rate: rate)
                }

                let logsThisEpoch = options.logEvery > 0 && (epoch - 1) % options.logEvery == 0
                var accuracy: Double? = nil
                let epochLoss: Double
                var epochPenalty = 0.0
                switch options.epochLoss {
                case .duringEpoch:
                    // The mean over samples of the loss each had in its batch: with equal batches the
                    // mean of the batch losses; a smaller last batch weighs less. The penalty likewise.
                    let evenBatches = samples % batchSize == 0
                    epochLoss = evenBatches ? lossSum / Double(batches) : weightedLossSum / Double(samples)
                    if penalised { epochPenalty = evenBatches ? penaltySum / Double(batches) : weightedPenaltySum / Double(samples) }
                case .afterEpoch:
                    (epochLoss, accuracy) = fullPass(accuracy: logsThisEpoch && classes != nil)
                    if penalised { epochPenalty = network.parameters.withUnsafeBufferPointer { penalty.value($0.baseAddress!) } }
                }
                result.losses.append(epochLoss)
                if penalised { result.penalties.append(epochPenalty) }
                guard epochLoss.isFinite else {
                    result.stopReason = .diverged(epoch: epoch)
                    break epochs
                }
                if epochLoss < result.bestLoss {
                    result.bestLoss = epochLoss
                    result.bestEpoch = epoch
                    if options.keepBest { bestParameters = network.parameters }
                }
                if logsThisEpoch {
                    var record = EpochRecord(epoch: epoch, loss: epochLoss, penalty: penalised ? epochPenalty : nil, accuracy: nil)
                    if classes != nil {
                        record.accuracy = options.epochLoss == .duringEpoch ? fullPass(accuracy: true).accuracy : accuracy
                    }
                    result.log.append(record)
                }
                if options.snapshotEpochs.contains(epoch) {
                    result.snapshots.append(ParameterSnapshot(epoch: epoch, parameters: network.parameters))
                }
                progress?(epoch, epochLoss)
                if let target = options.stopAt, epochLoss <= target {
                    result.stopReason = .reachedTarget(epoch: epoch)
                    break epochs
                }
            }

        }

        if options.keepBest, !bestParameters.isEmpty { network.parameters = bestParameters }
        result.forwardPasses = forwardPasses
        result.updates = optimizer.updates
        return result
    }
}

/// Stands in for a ``RandomSource`` when nothing is drawn.
struct NoRandomness: RandomSource {
    mutating func nextUniform() -> Double { preconditionFailure("this training run draws no random numbers") }
    mutating func nextStandardNormal() -> Double { preconditionFailure("this training run draws no random numbers") }
    mutating func nextInteger(through upperBound: Int) -> Int { preconditionFailure("this training run draws no random numbers") }
}
