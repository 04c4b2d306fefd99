extension Network {
    /// One forward and backward pass over `x` (rows = samples) with targets `y`, keeping every
    /// intermediate. Layers without training-only behaviour run as in evaluation (dropout passes
    /// its input through).
    ///
    /// Names: `X` is the input; a layer with parameters (the `k`-th) outputs `Z_k`, a layer
    /// without outputs `A_k` (`k` the number of layers with parameters so far).
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
        var names = ["X"]
        var parameterised = 0
        for placement in placements {
            if placement.parameterNumber != nil { parameterised += 1; names.append("Z\(parameterised)") } else { names.append("A\(parameterised)") }
        }
        var entries: [TraceEntry] = []
        for (p, placement) in placements.enumerated() {
            if placement.parameterNumber != nil {
                entries.append(TraceEntry(quantity: .layerInput, layerIndex: p, symbol: names[p], value: segment(workspace.values, p)))
                entries.append(TraceEntry(quantity: .linearTransform, layerIndex: p, symbol: names[p + 1], value: segment(workspace.values, p + 1)))
            } else {
                entries.append(TraceEntry(quantity: .activationOutput, layerIndex: p, symbol: names[p + 1], value: segment(workspace.values, p + 1)))
            }
        }
        let last = workspace.lastSegment
        entries.append(TraceEntry(quantity: .sampleLoss, layerIndex: nil, symbol: "E",
                                  value: Matrix(rows: rows, columns: 1, elements: Array(workspace.sampleLosses[0..<rows]))))
        entries.append(TraceEntry(quantity: .outputGradient, layerIndex: nil, symbol: "∂E/∂\(names[last])", value: segment(workspace.deltas, last)))
        for p in stride(from: placements.count - 1, through: 0, by: -1) {
            let placement = placements[p]
            if placement.parameterNumber == nil {
                if let activation = spec.layers[p].activation, activation.isElementwise {
                    var derivative = segment(workspace.values, p)
                    let output = segment(workspace.values, p + 1)
                    for i in derivative.elements.indices {
                        derivative.elements[i] = activation.derivative(input: derivative.elements[i], output: output.elements[i])
                    }
                    entries.append(TraceEntry(quantity: .activationDerivative, layerIndex: p, symbol: "f′(\(names[p]))", value: derivative))
                }
                entries.append(TraceEntry(quantity: .linearTransformGradient, layerIndex: p, symbol: "∂E/∂\(names[p])", value: segment(workspace.deltas, p)))
            } else {
                for placed in placement.blocks {
                    let block = placed.block
                    entries.append(TraceEntry(quantity: placed.isBias ? .biasGradient : .weightGradient, layerIndex: p,
                                              symbol: "∂E/∂\(block.name)",
                                              value: Matrix(rows: block.rows, columns: block.columns,
                                                            elements: Array(gradient[block.offset..<(block.offset + block.count)]))))
                }
                if p > 0 {
                    entries.append(TraceEntry(quantity: .inputGradient, layerIndex: p, symbol: "∂E/∂\(names[p])", value: segment(workspace.deltas, p)))
                }
            }
        }
        return NetworkTrace(entries: entries, loss: meanLoss, gradient: gradient)
    }
}
