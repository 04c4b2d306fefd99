/// The dense (fully connected) layer's arithmetic, forward and backward side by side.
///
/// Rows are samples. For a batch `X` (`n × i`), weights `W` (`i × o`) and bias `b`:
///
///     forward:   Y = X·W + b            Y[r, c] = b_c + Σ_k X[r, k]·W[k, c]
///     backward:  ∂E/∂W = Xᵀ·∂E/∂Y        ∂E/∂W[k, c] = Σ_r X[r, k]·∂E/∂Y[r, c]
///                ∂E/∂b = column sums of ∂E/∂Y   (one total sum for a shared bias)
///                ∂E/∂X = ∂E/∂Y·Wᵀ        ∂E/∂X[r, k] = Σ_c ∂E/∂Y[r, c]·W[k, c]
///
/// These are seed 001's formulas `∂E/∂W = ∂E/∂Y·Xᵀ`, `∂E/∂B = ∂E/∂Y`, `∂E/∂X = Wᵀ·∂E/∂Y`
/// written for our layout (samples in rows instead of columns), summed over the batch.
/// The loops run over contiguous rows so the compiler can vectorise the innermost one.
enum DenseLayer {
    /// `Y = X·W + b` for `rows` samples.
    static func forward(
        _ layout: DenseLayerLayout, parameters: UnsafePointer<Double>,
        input x: UnsafePointer<Double>, output y: UnsafeMutablePointer<Double>, rows: Int
    ) {
        let inputs = layout.inputs, outputs = layout.outputs
        let w = parameters + layout.weightOffset
        let b = parameters + layout.biasOffset
        if outputs == 1 {
            // One output: W is a single contiguous column, so Y[r] = b + X[r, :]·W[:, 0] is one dot product.
            let bias = layout.bias == .none ? 0 : b[0]
            for r in 0..<rows { y[r] = bias + VectorKernels.dot(x + r * inputs, w, count: inputs) }
            return
        }
        for r in 0..<rows {
            let yRow = y + r * outputs
            switch layout.bias {
            case .perNeuron: for c in 0..<outputs { yRow[c] = b[c] }
            case .shared: for c in 0..<outputs { yRow[c] = b[0] }
            case .none: for c in 0..<outputs { yRow[c] = 0 }
            }
            let xRow = x + r * inputs
            // Y[r, :] += X[r, k] · W[k, :]
            for k in 0..<inputs {
                VectorKernels.addScaled(xRow[k], w + k * outputs, to: yRow, count: outputs)
            }
        }
    }

    /// Writes `∂E/∂W` and `∂E/∂b` into this layer's block of the flat `gradient`
    /// (overwriting it) and, when `inputGradient` is given, `∂E/∂X`.
    static func backward(
        _ layout: DenseLayerLayout, parameters: UnsafePointer<Double>,
        input x: UnsafePointer<Double>, outputGradient dy: UnsafePointer<Double>, rows: Int,
        gradient: UnsafeMutablePointer<Double>, inputGradient dx: UnsafeMutablePointer<Double>?
    ) {
        let inputs = layout.inputs, outputs = layout.outputs
        let dw = gradient + layout.weightOffset
        let db = gradient + layout.biasOffset
        dw.update(repeating: 0, count: layout.weightCount)
        db.update(repeating: 0, count: layout.biasCount)
        let w = parameters + layout.weightOffset
        if outputs == 1 {
            // One output: ∂E/∂W[:, 0] += ∂E/∂Y[r]·X[r, :] and ∂E/∂X[r, :] = ∂E/∂Y[r]·W[:, 0], both contiguous.
            for r in 0..<rows {
                VectorKernels.addScaled(dy[r], x + r * inputs, to: dw, count: inputs)
                if layout.bias != .none { db[0] += dy[r] }
            }
            guard let dx else { return }
            for r in 0..<rows {
                let dxRow = dx + r * inputs
                for k in 0..<inputs { dxRow[k] = dy[r] * w[k] }
            }
            return
        }
        for r in 0..<rows {
            let xRow = x + r * inputs
            let dyRow = dy + r * outputs
            // ∂E/∂W += X[r, :]ᵀ · ∂E/∂Y[r, :]
            for k in 0..<inputs {
                VectorKernels.addScaled(xRow[k], dyRow, to: dw + k * outputs, count: outputs)
            }
            // ∂E/∂b += ∂E/∂Y[r, :]
            switch layout.bias {
            case .perNeuron: for c in 0..<outputs { db[c] += dyRow[c] }
            case .shared: for c in 0..<outputs { db[0] += dyRow[c] }
            case .none: break
            }
        }
        guard let dx else { return }
        for r in 0..<rows {
            let dyRow = dy + r * outputs
            let dxRow = dx + r * inputs
            // ∂E/∂X[r, k] = ∂E/∂Y[r, :] · W[k, :]
            for k in 0..<inputs {
                dxRow[k] = VectorKernels.dot(dyRow, w + k * outputs, count: outputs)
            }
        }
    }
}
