/// The dense (fully connected) layer, forward and backward side by side.
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
///
/// Parameters: `W` row-major (`W[k, c]` at `k·o + c`), then the biases (`o`, 1 or none, see
/// ``BiasMode``). Any input shape whose ``FeatureShape/count`` is `i` is read as `i` features.
struct Dense: Layer {
    static let kind = "dense"
    var inputs: Int
    var outputs: Int
    var bias: BiasMode = .perNeuron

    var declaredInput: FeatureShape? { .flat(inputs) }
    var biasCount: Int { bias.parameterCount(outputs: outputs) }

    func outputShape(input: FeatureShape) throws(NetworkSpecError.Kind) -> FeatureShape {
        guard inputs > 0, outputs > 0 else { throw .nonPositiveSize(inputs: inputs, outputs: outputs) }
        return .flat(outputs)
    }

    func parameterShapes(input: FeatureShape) -> [ParameterShape] {
        var shapes = [ParameterShape(role: .weights, rows: inputs, columns: outputs, fanIn: inputs, fanOut: outputs)]
        if biasCount > 0 {
            shapes.append(ParameterShape(role: .bias, rows: 1, columns: biasCount, fanIn: inputs, fanOut: outputs,
                                         note: bias == .shared ? "one bias shared by the whole layer" : nil))
        }
        return shapes
    }

    func summary(input: FeatureShape, output: FeatureShape) -> String {
        let suffix = switch bias {
        case .perNeuron: ""
        case .shared: " (one shared bias)"
        case .none: " (no bias)"
        }
        return "dense \(inputs) → \(outputs)\(suffix)"
    }

    // MARK: Forward and backward

    /// `Y = X·W + b`.
    func forward(_ pass: LayerPass) {
        let b = pass.parameters + pass.parameterOffset + inputs * outputs
        let start: ProductStart = switch bias {
        case .perNeuron: .row(b)
        case .shared: .scalar(b[0])
        case .none: .zero
        }
        pass.multiply(
            MatrixView(rowMajor: pass.input, rows: pass.rows, columns: inputs), weights(pass.parameters + pass.parameterOffset),
            into: MutableMatrixView(rowMajor: pass.output, rows: pass.rows, columns: outputs),
            start: start)
    }

    /// `∂E/∂W = Xᵀ·∂E/∂Y`, `∂E/∂b` = column sums of `∂E/∂Y`, `∂E/∂X = ∂E/∂Y·Wᵀ`.
    func backward(_ pass: LayerPass, outputGradient dy: UnsafePointer<Double>,
                  inputGradient dx: UnsafeMutablePointer<Double>?, gradient: UnsafeMutablePointer<Double>) {
        let rows = pass.rows
        let outputGradient = MatrixView(rowMajor: dy, rows: rows, columns: outputs)
        // ∂E/∂W = Xᵀ·∂E/∂Y
        pass.multiply(
            MatrixView(rowMajor: pass.input, rows: rows, columns: inputs).transposed, outputGradient,
            into: MutableMatrixView(rowMajor: gradient + pass.parameterOffset, rows: inputs, columns: outputs),
            start: .zero)
        // ∂E/∂b = column sums of ∂E/∂Y
        let db = gradient + pass.parameterOffset + inputs * outputs
        db.update(repeating: 0, count: biasCount)
        switch bias {
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
        pass.multiply(
            outputGradient, weights(pass.parameters + pass.parameterOffset).transposed,
            into: MutableMatrixView(rowMajor: dx, rows: rows, columns: inputs),
            start: .zero)
    }

    /// Central differences without recomputing the product: `W[k, c] ± h` moves column `c` of
    /// `Y` by `±h·X[:, k]`, `b_c ± h` moves column `c` by `±h`, a shared bias moves every column.
    func forwardNudged(_ pass: LayerPass, parameter j: Int, by shift: Double,
                       cachedOutput: UnsafePointer<Double>, movable: UnsafeMutablePointer<Double>) {
        let rows = pass.rows, y = pass.output, x = pass.input
        for i in 0..<(rows * outputs) { y[i] = cachedOutput[i] }  // (a few values: no memmove call)
        if j < inputs * outputs {
            let k = j / outputs, c = j % outputs
            for r in 0..<rows { y[r * outputs + c] += shift * x[r * inputs + k] }
        } else if bias == .shared {
            for r in 0..<rows {
                for c in 0..<outputs { y[r * outputs + c] += shift }
            }
        } else {
            let c = j - inputs * outputs
            for r in 0..<rows { y[r * outputs + c] += shift }
        }
    }

    /// `W` (`inputs × outputs`, row-major) at `base`.
    func weights(_ base: UnsafePointer<Double>) -> MatrixView {
        MatrixView(rowMajor: base, rows: inputs, columns: outputs)
    }

    // MARK: Export

    var exportEntry: ParameterExport.Layer {
        ParameterExport.Layer(kind: Self.kind, inputs: inputs, outputs: outputs, bias: bias)
    }

    static func load(_ entry: ParameterExport.Layer, index: Int) throws(ParameterLoadError) -> Dense {
        guard let inputs = entry.inputs, let outputs = entry.outputs, let bias = entry.bias else {
            throw .unreadable("layer \(index + 1) is dense but lacks inputs, outputs or bias")
        }
        return Dense(inputs: inputs, outputs: outputs, bias: bias)
    }
}

extension LayerSpec {
    /// A fully connected layer `Y = X·W + b`, `W` of shape `inputs × outputs`.
    /// `weightInit`/`biasInit` override the model-wide initialisers for this layer.
    public static func dense(
        inputs: Int, outputs: Int, bias: BiasMode = .perNeuron, weightInit: Initializer? = nil, biasInit: Initializer? = nil
    ) -> LayerSpec {
        LayerSpec(Dense(inputs: inputs, outputs: outputs, bias: bias), weightInit: weightInit, biasInit: biasInit)
    }
}
