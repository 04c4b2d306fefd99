/// One-off evaluations of a whole data set (each call allocates its own workspace;
/// the ``Trainer`` keeps one for the whole run instead).
extension Network {
    /// A workspace holding all of `inputs` (and `targets`), loaded and run forward.
    func evaluatedWorkspace(inputs: Matrix, targets: Matrix?) -> BatchWorkspace {
        let workspace = BatchWorkspace(network: self, capacity: max(inputs.rows, 1), targetWidth: targets?.columns ?? outputCount)
        workspace.load(inputs: inputs, targets: targets, rows: 0..<inputs.rows)
        parameters.withUnsafeBufferPointer { workspace.forward(parameters: $0.baseAddress!) }
        return workspace
    }

    /// A forward-only workspace for up to ``BatchWorkspace/evaluationChunk`` rows at a time.
    func evaluationWorkspace(rows: Int, targetWidth: Int) -> BatchWorkspace {
        BatchWorkspace(network: self, capacity: max(1, min(rows, BatchWorkspace.evaluationChunk)),
                       targetWidth: targetWidth, backward: false)
    }

    /// The network's outputs `ŷ`, one row per input row (computed in chunks of rows).
    public func predict(_ inputs: Matrix) -> Matrix {
        precondition(inputs.columns == inputCount, "inputs of the wrong width")
        let workspace = evaluationWorkspace(rows: inputs.rows, targetWidth: outputCount)
        var predictions = Matrix(rows: inputs.rows, columns: outputCount)
        let width = outputCount, offset = workspace.offsets[workspace.lastSegment]
        var start = 0
        while start < inputs.rows {
            let end = min(start + workspace.capacity, inputs.rows)
            workspace.load(inputs: inputs, targets: nil, rows: start..<end)
            parameters.withUnsafeBufferPointer { workspace.forward(parameters: $0.baseAddress!) }
            predictions.elements.replaceSubrange((start * width)..<(end * width),
                                                 with: workspace.values[offset..<(offset + (end - start) * width)])
            start = end
        }
        return predictions
    }

    /// The mean over samples of each sample's loss (computed in chunks of rows).
    public func loss(inputs: Matrix, targets: Matrix, loss: Loss) -> Double {
        let workspace = evaluationWorkspace(rows: inputs.rows, targetWidth: targets.columns)
        return parameters.withUnsafeBufferPointer {
            workspace.evaluate(parameters: $0.baseAddress!, inputs: inputs, targets: targets, loss: loss).loss
        }
    }

    /// The mean loss and its gradient `∂E/∂θ` by backpropagation, in the layout of ``parameters``.
    /// `fuseSoftmaxCrossEntropy` uses `(ŷ − y)/n` for a final softmax under cross-entropy;
    /// `false` takes the separate route (`−y/ŷ/n`, then the softmax Jacobian), as seed 002 does.
    public func gradient(
        inputs: Matrix, targets: Matrix, loss: Loss, reduction: Reduction = .mean, fuseSoftmaxCrossEntropy: Bool = true
    ) -> (loss: Double, gradient: [Double]) {
        let workspace = evaluatedWorkspace(inputs: inputs, targets: targets)
        let value = workspace.meanLoss(loss)
        var gradient = Array(repeating: 0.0, count: parameterCount)
        parameters.withUnsafeBufferPointer { p in
            gradient.withUnsafeMutableBufferPointer { g in
                workspace.backward(parameters: p.baseAddress!, loss: loss, reduction: reduction,
                                   fuseSoftmaxCrossEntropy: fuseSoftmaxCrossEntropy, gradient: g.baseAddress!)
            }
        }
        return (value, gradient)
    }

    /// The gradient by central differences `(L(θ + h) − L(θ − h)) / 2h`, one parameter at a time.
    public func centralDifferenceGradient(
        inputs: Matrix, targets: Matrix, loss: Loss, reduction: Reduction = .mean, step: Double = 1e-5
    ) -> [Double] {
        let workspace = evaluatedWorkspace(inputs: inputs, targets: targets)
        var gradient = Array(repeating: 0.0, count: parameterCount)
        parameters.withUnsafeBufferPointer { p in
            gradient.withUnsafeMutableBufferPointer { g in
                _ = workspace.centralDifferences(parameters: p.baseAddress!, loss: loss, reduction: reduction,
                                                 step: step, gradient: g.baseAddress!, parameterCount: p.count)
            }
        }
        return gradient
    }
}
