extension BatchWorkspace {
    /// Which parameter of a dense layer is nudged, and so how its output `Z` moves.
    enum Nudge {
        /// `W[k, c] ± h` moves column `c` of `Z` by `±h·X[:, k]`.
        case weight(row: Int, column: Int)
        /// `b_c ± h` moves column `c` by `±h`.
        case bias(column: Int)
        /// A shared bias `± h` moves every column by `±h`.
        case sharedBias
    }

    /// Central differences for every parameter of the flat vector (seeds 000 and 004):
    ///
    ///     ∂L/∂θ_j ≈ (L(θ + h·e_j) − L(θ − h·e_j)) / 2h
    ///
    /// where `L` is the mean loss over the loaded batch (times the batch size for ``Reduction/sum``).
    /// Call after ``forward(parameters:)``. Work that does not change is reused: nudging a
    /// parameter of dense layer `p` changes nothing before that layer, and changes its output
    /// `Z` in one known way (see ``Nudge``). So each evaluation copies the cached `Z`, moves it,
    /// and runs every later layer and the loss in full: each perturbed loss is computed
    /// exactly from the perturbed layer on, without the unchanged layers before it.
    ///
    /// Returns the number of (partial) forward passes run: two per parameter.
    func centralDifferences(
        parameters: UnsafePointer<Double>, loss: Loss, reduction: Reduction, step h: Double,
        gradient: UnsafeMutablePointer<Double>
    ) -> Int {
        let factor = (reduction == .sum ? Double(rows) : 1) / (2 * h)
        var passes = 0
        for p in 0..<operations.count {
            guard case .dense(let layout) = operations[p] else { continue }
            let inputs = layout.inputs, outputs = layout.outputs
            for k in 0..<inputs {
                for c in 0..<outputs {
                    gradient[layout.weightOffset + k * outputs + c] =
                        derivative(.weight(row: k, column: c), layer: p, parameters: parameters, loss: loss, step: h) * factor
                }
            }
            switch layout.bias {
            case .perNeuron:
                for c in 0..<outputs {
                    gradient[layout.biasOffset + c] = derivative(.bias(column: c), layer: p, parameters: parameters, loss: loss, step: h) * factor
                }
            case .shared:
                gradient[layout.biasOffset] = derivative(.sharedBias, layer: p, parameters: parameters, loss: loss, step: h) * factor
            case .none:
                break
            }
            passes += 2 * layout.parameterRange.count
        }
        return passes
    }

    /// `L(θ + h·e) − L(θ − h·e)` for the parameter `nudge` of the dense layer at operation `p`.
    private func derivative(_ nudge: Nudge, layer p: Int, parameters: UnsafePointer<Double>, loss: Loss, step h: Double) -> Double {
        nudgedLoss(nudge, by: h, layer: p, parameters: parameters, loss: loss)
            - nudgedLoss(nudge, by: -h, layer: p, parameters: parameters, loss: loss)
    }

    /// `L` with the parameter `nudge` of the dense layer at operation `p` moved by `shift`:
    /// the layer's cached output `Z`, moved, then every later operation and the loss.
    private func nudgedLoss(_ nudge: Nudge, by shift: Double, layer p: Int, parameters: UnsafePointer<Double>, loss: Loss) -> Double {
        let buffer = scratch.baseAddress!
        let outputs = widths[p + 1], inputs = widths[p]
        let x = input(ofOperation: p, in: values.baseAddress!)
        let perturbed = buffer + offsets[p + 1]
        let cached = values.baseAddress! + offsets[p + 1]
        for i in 0..<(rows * outputs) { perturbed[i] = cached[i] }  // (a few values: no memmove call)
        for r in 0..<rows {
            let row = perturbed + r * outputs
            switch nudge {
            case .weight(let k, let c): row[c] += shift * x[r * inputs + k]
            case .bias(let c): row[c] += shift
            case .sharedBias: for c in 0..<outputs { row[c] += shift }
            }
        }
        runOperations(from: p + 1, parameters: parameters, buffer: buffer)
        return meanLoss(loss, buffer: UnsafePointer(buffer))
    }
}
