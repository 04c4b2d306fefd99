extension BatchWorkspace {
    /// Central differences for every parameter of the flat vector (seeds 000 and 004):
    ///
    ///     ∂L/∂θ_j ≈ (L(θ + h·e_j) − L(θ − h·e_j)) / 2h
    ///
    /// where `L` is the mean loss over the loaded batch (times the batch size for ``Reduction/sum``).
    /// Call after ``forward(parameters:)``. Work is reused: nudging a parameter of dense
    /// layer `p` changes nothing before that layer, and changes its output `Z` in one
    /// known way — `W[k, c] ± h` moves column `c` by `±h·X[:, k]`, a bias `± h` moves
    /// column `c` (or every column, when shared) by `±h` — so each evaluation patches
    /// a copy of the cached `Z` and runs only the layers after it.
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
                    let x = values + offsets[p]
                    let z = values + offsets[p + 1], perturbed = scratch + offsets[p + 1]
                    let inputs = layout.inputs, outputs = layout.outputs
                    let count = rows * outputs

                    /// `L` with `Z` moved by `sign·h` along `direction(r, c)`.
                    func lossWith(sign: Double, _ direction: (_ row: Int, _ column: Int) -> Double, column: Int?) -> Double {
                        perturbed.update(from: z, count: count)
                        for r in 0..<rows {
                            if let column {
                                perturbed[r * outputs + column] += sign * h * direction(r, column)
                            } else {
                                for c in 0..<outputs { perturbed[r * outputs + c] += sign * h * direction(r, c) }
                            }
                        }
                        runOperations(from: p + 1, parameters: parameters, buffer: scratch)
                        passes += 1
                        return meanLoss(loss, buffer: UnsafePointer(scratch))
                    }

                    for k in 0..<inputs {
                        for c in 0..<outputs {
                            let along: (Int, Int) -> Double = { r, _ in x[r * inputs + k] }
                            let plus = lossWith(sign: 1, along, column: c)
                            let minus = lossWith(sign: -1, along, column: c)
                            gradient[layout.weightOffset + k * outputs + c] = (plus - minus) * factor
                        }
                    }
                    let one: (Int, Int) -> Double = { _, _ in 1 }
                    switch layout.bias {
                    case .perNeuron:
                        for c in 0..<outputs {
                            gradient[layout.biasOffset + c] = (lossWith(sign: 1, one, column: c) - lossWith(sign: -1, one, column: c)) * factor
                        }
                    case .shared:
                        gradient[layout.biasOffset] = (lossWith(sign: 1, one, column: nil) - lossWith(sign: -1, one, column: nil)) * factor
                    case .none:
                        break
                    }
                }
            }
        }
        return passes
    }
}
