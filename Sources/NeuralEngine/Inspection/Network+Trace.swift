extension Network {
    /// One forward and backward pass over `x` (rows = samples) with targets `y`, keeping every intermediate.
    public func trace(
        x: Matrix, y: Matrix, loss: Loss, reduction: Reduction = .mean, fuseSoftmaxCrossEntropy: Bool = true
    ) -> NetworkTrace {
        let workspace = evaluatedWorkspace(inputs: x, targets: y)
        let meanLoss = workspace.meanLoss(loss)
        var gradient = Array(repeating: 0.0, count: parameterCount)
        parameters.withUnsafeBufferPointer { p in
            gradient.withUnsafeMutableBufferPointer { g in
                workspace.backward(parameters: p.baseAddress!, loss: loss, reduction: reduction,
                                   fuseSoftmaxCrossEntropy: fuseSoftmaxCrossEntropy, gradient: g.baseAddress!)
            }
        }
        let rows = x.rows
        func segment(_ buffer: UnsafeMutableBufferPointer<Double>, _ s: Int) -> Matrix {
            let start = workspace.offsets[s], width = workspace.widths[s]
            return Matrix(rows: rows, columns: width, elements: Array(buffer[start..<(start + rows * width)]))
        }
        // Names of each segment: X, then Z_d after dense d and A_d after an activation.
        var names = ["X"]
        var denseCount = 0
        for operation in operations {
            if case .dense = operation { denseCount += 1; names.append("Z\(denseCount)") } else { names.append("A\(denseCount)") }
        }
        var entries: [TraceEntry] = []
        for (p, operation) in operations.enumerated() {
            switch operation {
            case .dense(let layout):
                entries.append(TraceEntry(quantity: .layerInput, layerIndex: layout.layerIndex, symbol: names[p], value: segment(workspace.values, p)))
                entries.append(TraceEntry(quantity: .linearTransform, layerIndex: layout.layerIndex, symbol: names[p + 1], value: segment(workspace.values, p + 1)))
            case .activation:
                entries.append(TraceEntry(quantity: .activationOutput, layerIndex: spec.layerIndex(ofOperation: p), symbol: names[p + 1], value: segment(workspace.values, p + 1)))
            }
        }
        let last = workspace.lastSegment
        entries.append(TraceEntry(quantity: .sampleLoss, layerIndex: nil, symbol: "E",
                                  value: Matrix(rows: rows, columns: 1, elements: Array(workspace.sampleLosses[0..<rows]))))
        entries.append(TraceEntry(quantity: .outputGradient, layerIndex: nil, symbol: "∂E/∂\(names[last])", value: segment(workspace.deltas, last)))
        for p in stride(from: operations.count - 1, through: 0, by: -1) {
            let layerIndex = spec.layerIndex(ofOperation: p)
            switch operations[p] {
            case .activation(let activation):
                if activation.isElementwise {
                    var derivative = segment(workspace.values, p)
                    let output = segment(workspace.values, p + 1)
                    for i in derivative.elements.indices {
                        derivative.elements[i] = activation.derivative(input: derivative.elements[i], output: output.elements[i])
                    }
                    entries.append(TraceEntry(quantity: .activationDerivative, layerIndex: layerIndex, symbol: "f′(\(names[p]))", value: derivative))
                }
                entries.append(TraceEntry(quantity: .linearTransformGradient, layerIndex: layerIndex, symbol: "∂E/∂\(names[p])", value: segment(workspace.deltas, p)))
            case .dense(let layout):
                entries.append(TraceEntry(quantity: .weightGradient, layerIndex: layerIndex, symbol: "∂E/∂\(layout.weightName)",
                                          value: Matrix(rows: layout.inputs, columns: layout.outputs,
                                                        elements: Array(gradient[layout.weightOffset..<layout.biasOffset]))))
                if layout.biasCount > 0 {
                    entries.append(TraceEntry(quantity: .biasGradient, layerIndex: layerIndex, symbol: "∂E/∂\(layout.biasName)",
                                              value: Matrix(rows: 1, columns: layout.biasCount,
                                                            elements: Array(gradient[layout.biasOffset..<layout.parameterRange.upperBound]))))
                }
                if p > 0 {
                    entries.append(TraceEntry(quantity: .inputGradient, layerIndex: layerIndex, symbol: "∂E/∂\(names[p])", value: segment(workspace.deltas, p)))
                }
            }
        }
        return NetworkTrace(entries: entries, loss: meanLoss, gradient: gradient)
    }
}

extension NetworkSpec {
    /// Operations map one-to-one onto layers.
    func layerIndex(ofOperation p: Int) -> Int { p }
}
