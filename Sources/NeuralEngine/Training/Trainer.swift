

/// Trains a ``Network`` in place: batches, gradients (backpropagation or central
/// differences), optimizer updates, loss bookkeeping. Buffers are allocated once
/// before the first epoch; the loop itself allocates nothing (besides snapshots and log rows).
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
        var none = NoRandomness()
        return try train(&network, inputs: inputs, targets: targets, random: &none, progress: progress)
    }

    /// Trains for ``TrainingOptions/epochs`` epochs (or until a stop condition), calling
    /// `progress` after every epoch with its number (from 1) and loss. In outline:
    ///
    ///     for epoch in 1...epochs:
    ///         shuffle the sample order (shuffled mini-batches only)
    ///         for each batch:  forward → batch loss → ∂L/∂θ → θ ← optimizer(θ, ∂L/∂θ, η / (1 + decay·t))
    ///         epoch loss = mean of the batch losses, or one more full pass (afterEpoch)
    ///         track the best, log, snapshot, report progress, stop on target or NaN
    public func train(
        _ network: inout Network, inputs: Matrix, targets: Matrix, random: inout some RandomSource,
        progress: ((_ epoch: Int, _ loss: Double) -> Void)? = nil
    ) throws(TrainingError) -> TrainingResult {
        do { try options.validate() } catch { throw .options(error) }
        do { try network.validate(inputs: inputs, targets: targets, loss: options.loss) } catch { throw .data(error) }

        let samples = inputs.rows
        let batchSize = options.batching.size(samples: samples)
        let batch = BatchWorkspace(network: network, capacity: batchSize, targetWidth: targets.columns)
        let whole = batchSize == samples ? batch : BatchWorkspace(network: network, capacity: samples, targetWidth: targets.columns)
        var gradient = Array(repeating: 0.0, count: network.parameterCount)
        var optimizer = OptimizerState(optimizer: options.optimizer, parameterCount: network.parameterCount)
        var order = Array(0..<samples)
        var forwardPasses = 0

        /// Mean loss over all samples with the current parameters (one full forward pass).
        func fullPassLoss() -> Double {
            whole.load(inputs: inputs, targets: targets, rows: 0..<samples)
            network.parameters.withUnsafeBufferPointer { whole.forward(parameters: $0.baseAddress!) }
            forwardPasses += 1
            return whole.meanLoss(options.loss)
        }
        /// Accuracy of the last full pass.
        func fullPassAccuracy() -> Double {
            let start = whole.offsets[whole.lastSegment]
            let predictions = Matrix(rows: samples, columns: network.outputCount,
                                     elements: Array(whole.values[start..<(start + samples * network.outputCount)]))
            return Network.accuracy(predictions: predictions, targets: targets)
        }

        let initialLoss = fullPassLoss()
        var result = TrainingResult(
            initialLoss: initialLoss, losses: [], log: [], bestEpoch: 0, bestLoss: initialLoss,
            stopReason: .completed, snapshots: [], forwardPasses: 0, updates: 0)
        var bestParameters = options.keepBest ? network.parameters : []
        if !initialLoss.isFinite { result.bestLoss = .infinity }
        if options.snapshotEpochs.contains(0) { result.snapshots.append(ParameterSnapshot(epoch: 0, parameters: network.parameters)) }
        result.losses.reserveCapacity(options.epochs)

        epochs: for epoch in 1...options.epochs {
            if options.batching.shuffles { random.shuffle(&order) }
            var lossSum = 0.0
            var batches = 0
            var start = 0
            while start < samples {
                let end = min(start + batchSize, samples)
                batch.load(inputs: inputs, targets: targets, rows: order[start..<end])
                start = end
                network.parameters.withUnsafeBufferPointer { batch.forward(parameters: $0.baseAddress!) }
                forwardPasses += 1
                let batchLoss = batch.meanLoss(options.loss)
                guard batchLoss.isFinite else {
                    result.losses.append(batchLoss)
                    result.stopReason = .diverged(epoch: epoch)
                    break epochs
                }
                lossSum += batchLoss
                batches += 1
                forwardPasses += computeGradient(of: batch, parameters: network.parameters, into: &gradient)
                let rate = options.optimizer.learningRate / (1 + options.learningRateDecay * Double(optimizer.updates))
                optimizer.update(parameters: &network.parameters, gradient: gradient, rate: rate)
            }

            let epochLoss = switch options.epochLoss {
            case .duringEpoch: lossSum / Double(batches)
            case .afterEpoch: fullPassLoss()
            }
            result.losses.append(epochLoss)
            guard epochLoss.isFinite else {
                result.stopReason = .diverged(epoch: epoch)
                break epochs
            }
            if epochLoss < result.bestLoss {
                result.bestLoss = epochLoss
                result.bestEpoch = epoch
                if options.keepBest { bestParameters = network.parameters }
            }
            if options.logEvery > 0, (epoch - 1) % options.logEvery == 0 {
                var record = EpochRecord(epoch: epoch, loss: epochLoss, accuracy: nil)
                if options.loss.isClassification {
                    if options.epochLoss == .duringEpoch { _ = fullPassLoss() }
                    record.accuracy = fullPassAccuracy()
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

        if options.keepBest, !bestParameters.isEmpty { network.parameters = bestParameters }
        result.forwardPasses = forwardPasses
        result.updates = optimizer.updates
        return result
    }
}

extension Trainer {
    /// `∂L/∂θ` of the loaded batch, after its forward pass, by the configured method.
    /// Returns the extra forward passes this took (central differences only).
    private func computeGradient(of batch: BatchWorkspace, parameters: [Double], into gradient: inout [Double]) -> Int {
        parameters.withUnsafeBufferPointer { p in
            gradient.withUnsafeMutableBufferPointer { g in
                switch options.gradients {
                case .backpropagation:
                    batch.backward(parameters: p.baseAddress!, loss: options.loss, reduction: options.reduction,
                                   fuseSoftmaxCrossEntropy: options.fuseSoftmaxCrossEntropy, gradient: g.baseAddress!)
                    return 0
                case .centralDifferences(let step):
                    return batch.centralDifferences(parameters: p.baseAddress!, loss: options.loss,
                                                    reduction: options.reduction, step: step, gradient: g.baseAddress!)
                }
            }
        }
    }
}

/// Stands in for a ``RandomSource`` when nothing is drawn.
struct NoRandomness: RandomSource {
    mutating func nextUniform() -> Double { preconditionFailure("this training run draws no random numbers") }
    mutating func nextStandardNormal() -> Double { preconditionFailure("this training run draws no random numbers") }
    mutating func nextInteger(through upperBound: Int) -> Int { preconditionFailure("this training run draws no random numbers") }
}
