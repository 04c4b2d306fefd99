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

    /// The network's outputs `ŷ`, one row per input row. Runs in chunks of at most
    /// `chunkSize` rows, so a million-point decision-boundary grid needs little memory.
    public func predict(_ inputs: Matrix, chunkSize: Int = 4096) -> Matrix {
        precondition(inputs.columns == inputCount, "inputs of the wrong width")
        var result = Matrix(rows: inputs.rows, columns: outputCount)
        guard inputs.rows > 0 else { return result }
        let workspace = BatchWorkspace(network: self, capacity: min(chunkSize, inputs.rows), targetWidth: outputCount)
        let start = workspace.offsets[workspace.lastSegment]
        var first = 0
        while first < inputs.rows {
            let end = min(first + chunkSize, inputs.rows)
            workspace.load(inputs: inputs, targets: nil, rows: first..<end)
            parameters.withUnsafeBufferPointer { workspace.forward(parameters: $0.baseAddress!) }
            let count = (end - first) * outputCount
            result.elements.replaceSubrange((first * outputCount)..<(end * outputCount),
                                            with: workspace.values[start..<(start + count)])
            first = end
        }
        return result
    }

    /// The mean over samples of each sample's loss.
    public func loss(inputs: Matrix, targets: Matrix, loss: Loss) -> Double {
        evaluatedWorkspace(inputs: inputs, targets: targets).meanLoss(loss)
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
                                                 step: step, gradient: g.baseAddress!)
            }
        }
        return gradient
    }
}
