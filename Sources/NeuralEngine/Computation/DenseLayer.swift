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
/// The three products are ``MatrixProduct``'s (the transposes are strided views, not copies);
/// each sum runs in the order written above, starting from the bias.
enum DenseLayer {
    /// `Y = X·W + b` for `rows` samples.
    static func forward(
        _ layout: DenseLayerLayout, parameters: UnsafePointer<Double>,
        input x: UnsafePointer<Double>, output y: UnsafeMutablePointer<Double>, rows: Int,
        scratch: ProductScratch
    ) {
        let inputs = layout.inputs, outputs = layout.outputs
        let b = parameters + layout.biasOffset
        let start: ProductStart = switch layout.bias {
        case .perNeuron: .row(b)
        case .shared: .scalar(b[0])
        case .none: .zero
        }
        MatrixProduct.multiply(
            MatrixView(rowMajor: x, rows: rows, columns: inputs),
            weights(layout, parameters),
            into: MutableMatrixView(rowMajor: y, rows: rows, columns: outputs),
            start: start, scratch: scratch)
    }

    /// Writes `∂E/∂W` and `∂E/∂b` into this layer's block of the flat `gradient`
    /// (overwriting it) and, when `inputGradient` is given, `∂E/∂X`.
    static func backward(
        _ layout: DenseLayerLayout, parameters: UnsafePointer<Double>,
        input x: UnsafePointer<Double>, outputGradient dy: UnsafePointer<Double>, rows: Int,
        gradient: UnsafeMutablePointer<Double>, inputGradient dx: UnsafeMutablePointer<Double>?,
        scratch: ProductScratch
    ) {
        let inputs = layout.inputs, outputs = layout.outputs
        let outputGradient = MatrixView(rowMajor: dy, rows: rows, columns: outputs)
        // ∂E/∂W = Xᵀ·∂E/∂Y
        MatrixProduct.multiply(
            MatrixView(rowMajor: x, rows: rows, columns: inputs).transposed, outputGradient,
            into: MutableMatrixView(rowMajor: gradient + layout.weightOffset, rows: inputs, columns: outputs),
            start: .zero, scratch: scratch)
        // ∂E/∂b = column sums of ∂E/∂Y
        let db = gradient + layout.biasOffset
        db.update(repeating: 0, count: layout.biasCount)
        switch layout.bias {
        case .perNeuron:
            ColumnSums.sum(dy, rows: rows, columns: outputs, into: db)
        case .shared:
            for r in 0..<rows {
                let dyRow = dy + r * outputs
                for c in 0..<outputs { db[0] += dyRow[c] }
            }
        case .none:
            break
        }
        // ∂E/∂X = ∂E/∂Y·Wᵀ
        guard let dx else { return }
        MatrixProduct.multiply(
            outputGradient, weights(layout, parameters).transposed,
            into: MutableMatrixView(rowMajor: dx, rows: rows, columns: inputs),
            start: .zero, scratch: scratch)
    }

    /// `W` (`inputs × outputs`, row-major) inside the flat parameters.
    static func weights(_ layout: DenseLayerLayout, _ parameters: UnsafePointer<Double>) -> MatrixView {
        MatrixView(rowMajor: parameters + layout.weightOffset, rows: layout.inputs, columns: layout.outputs)
    }
}
