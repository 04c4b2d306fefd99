extension BatchWorkspace {
    /// Which parameter of a dense layer is nudged, and so how its output `Z` moves.
    private enum Nudge {
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
    /// Call after ``forward(parameters:)``. Work is reused: nudging a parameter of dense
    /// layer `p` changes nothing before that layer and changes its output `Z` in one known
    /// way (see ``Nudge``), so each evaluation patches a copy of the cached `Z` and runs
    /// only the layers after it.
    ///
    /// Returns the number of (partial) forward passes run: two per parameter.
    func centralDifferences(
        parameters: UnsafePointer<Double>, loss: Loss, reduction: Reduction, step h: Double,
        gradient: UnsafeMutablePointer<Double>
    ) -> Int {
        if scratch.count != values.count { scratch = Array(repeating: 0, count: values.count) }
        let factor = (reduction == .sum ? Double(rows) : 1) / (2 * h)
        var passes = 0
        values.withUnsafeBufferPointer { v in
            scratch.withUnsafeMutableBufferPointer { s in
                let values = v.baseAddress!, scratch = s.baseAddress!
                for (p, operation) in operations.enumerated() {
                    guard case .dense(let layout) = operation else { continue }
                    let x = values + offsets[p], z = values + offsets[p + 1]
                    let perturbed = scratch + offsets[p + 1]
                    let inputs = layout.inputs, outputs = layout.outputs

                    /// `L` with the parameter moved by `shift` (`+h` or `−h`).
                    func nudgedLoss(_ nudge: Nudge, _ shift: Double) -> Double {
                        perturbed.update(from: z, count: rows * outputs)
                        for r in 0..<rows {
                            let row = perturbed + r * outputs
                            switch nudge {
                            case .weight(let k, let c): row[c] += shift * x[r * inputs + k]
                            case .bias(let c): row[c] += shift
                            case .sharedBias: for c in 0..<outputs { row[c] += shift }
                            }
                        }
                        runOperations(from: p + 1, parameters: parameters, buffer: scratch)
                        passes += 1
                        return meanLoss(loss, buffer: UnsafePointer(scratch))
                    }
                    func derivative(_ nudge: Nudge) -> Double { (nudgedLoss(nudge, h) - nudgedLoss(nudge, -h)) * factor }

                    for k in 0..<inputs {
                        for c in 0..<outputs {
                            gradient[layout.weightOffset + k * outputs + c] = derivative(.weight(row: k, column: c))
                        }
                    }
                    switch layout.bias {
                    case .perNeuron:
                        for c in 0..<outputs { gradient[layout.biasOffset + c] = derivative(.bias(column: c)) }
                    case .shared:
                        gradient[layout.biasOffset] = derivative(.sharedBias)
                    case .none:
                        break
                    }
                }
            }
        }
        return passes
    }
}
