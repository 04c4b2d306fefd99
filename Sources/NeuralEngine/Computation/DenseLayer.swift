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
///
/// The sums are the same whatever the loop order; the order is chosen for speed, so that the
/// innermost loop is long and contiguous (it vectorises):
/// - row form (most layers): the inner loops run along a row of `W`, over the `o` outputs;
///   on batches of 4 or more rows the products go through ``VectorKernels/multiplyAccumulate``,
///   which keeps 4 × 4 blocks of the result in registers;
/// - column form (layers with fewer than ``narrowWidth`` outputs, e.g. a class or regression
///   output): the inner loops run along a column of `W` — a row of `Wᵀ` — over the `i` inputs.
///   `Wᵀ` is copied into `scratch` once per batch (for one output, `W` already is `Wᵀ`).
/// Reading the plain loops (the `rows < 4` branches) is enough to follow the mathematics.
enum DenseLayer {
    /// Layers with fewer outputs than this use the column form (when the batch has ≥ 4 rows,
    /// so the transposed copy pays for itself).
    static let narrowWidth = 8

    /// Doubles of scratch space `forward`/`backward` need for this layer: `Wᵀ` and `(∂E/∂W)ᵀ`.
    static func scratchCount(_ layout: DenseLayerLayout) -> Int { 2 * layout.weightCount }

    private static func usesColumnForm(_ layout: DenseLayerLayout, rows: Int) -> Bool {
        layout.outputs == 1 || (layout.outputs < narrowWidth && rows >= 4)
    }

    /// `Wᵀ` (`o × i`): `W` itself for one output, otherwise a transposed copy in `scratch`.
    private static func transposedWeights(
        _ layout: DenseLayerLayout, _ w: UnsafePointer<Double>, scratch: UnsafeMutablePointer<Double>
    ) -> UnsafePointer<Double> {
        let inputs = layout.inputs, outputs = layout.outputs
        if outputs == 1 { return w }
        for k in 0..<inputs {
            for c in 0..<outputs { scratch[c * inputs + k] = w[k * outputs + c] }
        }
        return UnsafePointer(scratch)
    }

    /// `Y = X·W + b` for `rows` samples.
    static func forward(
        _ layout: DenseLayerLayout, parameters: UnsafePointer<Double>,
        input x: UnsafePointer<Double>, output y: UnsafeMutablePointer<Double>, rows: Int,
        scratch: UnsafeMutablePointer<Double>
    ) {
        let inputs = layout.inputs, outputs = layout.outputs
        let w = parameters + layout.weightOffset
        let b = parameters + layout.biasOffset
        // Y starts as the bias.
        for r in 0..<rows {
            let yRow = y + r * outputs
            switch layout.bias {
            case .perNeuron: for c in 0..<outputs { yRow[c] = b[c] }
            case .shared: for c in 0..<outputs { yRow[c] = b[0] }
            case .none: for c in 0..<outputs { yRow[c] = 0 }
            }
        }
        if usesColumnForm(layout, rows: rows) {
            // Y[r, c] += X[r, :] · Wᵀ[c, :]
            let wT = transposedWeights(layout, w, scratch: scratch)
            for r in 0..<rows {
                let xRow = x + r * inputs, yRow = y + r * outputs
                for c in 0..<outputs { yRow[c] += VectorKernels.dot(xRow, wT + c * inputs, count: inputs) }
            }
        } else if rows >= 4 {
            // Y += X·W in 4 × 4 register tiles.
            VectorKernels.multiplyAccumulate(.init(base: x, rowStride: inputs, columnStride: 1), w, into: y,
                                             m: rows, inner: inputs, n: outputs)
        } else {
            // Y[r, :] += X[r, k] · W[k, :]
            for r in 0..<rows {
                let xRow = x + r * inputs, yRow = y + r * outputs
                for k in 0..<inputs { VectorKernels.addScaled(xRow[k], w + k * outputs, to: yRow, count: outputs) }
            }
        }
    }

    /// Writes `∂E/∂W` and `∂E/∂b` into this layer's block of the flat `gradient`
    /// (overwriting it) and, when `inputGradient` is given, `∂E/∂X`.
    static func backward(
        _ layout: DenseLayerLayout, parameters: UnsafePointer<Double>,
        input x: UnsafePointer<Double>, outputGradient dy: UnsafePointer<Double>, rows: Int,
        gradient: UnsafeMutablePointer<Double>, inputGradient dx: UnsafeMutablePointer<Double>?,
        scratch: UnsafeMutablePointer<Double>
    ) {
        let inputs = layout.inputs, outputs = layout.outputs
        let w = parameters + layout.weightOffset
        let dw = gradient + layout.weightOffset
        let db = gradient + layout.biasOffset
        db.update(repeating: 0, count: layout.biasCount)
        // ∂E/∂b = Σ_r ∂E/∂Y[r, :]
        for r in 0..<rows {
            let dyRow = dy + r * outputs
            switch layout.bias {
            case .perNeuron: for c in 0..<outputs { db[c] += dyRow[c] }
            case .shared: for c in 0..<outputs { db[0] += dyRow[c] }
            case .none: break
            }
        }

        if usesColumnForm(layout, rows: rows) {
            // (∂E/∂W)ᵀ[c, :] += ∂E/∂Y[r, c] · X[r, :]   (accumulated transposed, then copied back)
            let dwT = outputs == 1 ? dw : scratch + layout.weightCount
            dwT.update(repeating: 0, count: layout.weightCount)
            for r in 0..<rows {
                let xRow = x + r * inputs, dyRow = dy + r * outputs
                for c in 0..<outputs { VectorKernels.addScaled(dyRow[c], xRow, to: dwT + c * inputs, count: inputs) }
            }
            if outputs > 1 {
                for k in 0..<inputs {
                    for c in 0..<outputs { dw[k * outputs + c] = dwT[c * inputs + k] }
                }
            }
            guard let dx else { return }
            // ∂E/∂X[r, :] = Σ_c ∂E/∂Y[r, c] · Wᵀ[c, :]
            let wT = transposedWeights(layout, w, scratch: scratch)
            for r in 0..<rows {
                let dyRow = dy + r * outputs, dxRow = dx + r * inputs
                dxRow.update(repeating: 0, count: inputs)
                for c in 0..<outputs { VectorKernels.addScaled(dyRow[c], wT + c * inputs, to: dxRow, count: inputs) }
            }
        } else {
            dw.update(repeating: 0, count: layout.weightCount)
            if inputs >= 4 {
                // ∂E/∂W += Xᵀ·∂E/∂Y in 4 × 4 register tiles (Xᵀ read in place through strides).
                VectorKernels.multiplyAccumulate(.init(base: x, rowStride: 1, columnStride: inputs), dy, into: dw,
                                                 m: inputs, inner: rows, n: outputs)
            } else {
                // ∂E/∂W[k, :] += X[r, k] · ∂E/∂Y[r, :]
                for r in 0..<rows {
                    let xRow = x + r * inputs, dyRow = dy + r * outputs
                    for k in 0..<inputs { VectorKernels.addScaled(xRow[k], dyRow, to: dw + k * outputs, count: outputs) }
                }
            }
            guard let dx else { return }
            if rows >= 4 {
                // ∂E/∂X = ∂E/∂Y·Wᵀ in 4 × 4 register tiles, over a transposed copy of W.
                let wT = transposedWeights(layout, w, scratch: scratch)
                dx.update(repeating: 0, count: rows * inputs)
                VectorKernels.multiplyAccumulate(.init(base: dy, rowStride: outputs, columnStride: 1), wT, into: dx,
                                                 m: rows, inner: outputs, n: inputs)
                return
            }
            // ∂E/∂X[r, k] = ∂E/∂Y[r, :] · W[k, :]
            for r in 0..<rows {
                let dyRow = dy + r * outputs, dxRow = dx + r * inputs
                for k in 0..<inputs { dxRow[k] = VectorKernels.dot(dyRow, w + k * outputs, count: outputs) }
            }
        }
    }
}
