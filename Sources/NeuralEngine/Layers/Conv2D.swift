/// A 2-D convolution (cross-correlation, as in PyTorch and CS231n) of `F` filters of side `K`
/// over inputs of shape `C × H × W`, moved by stride `S` over the input padded with `P` zeros:
///
///     forward:   Y[f, i, j] = b_f + Σ_{c, a, d} W[f, c, a, d] · X̃[c, i·S + a, j·S + d]
///     backward:  ∂E/∂W[f, c, a, d] = Σ_{i, j} ∂E/∂Y[f, i, j] · X̃[c, i·S + a, j·S + d]
///                ∂E/∂b_f = Σ_{i, j} ∂E/∂Y[f, i, j]
///                ∂E/∂X̃[c, i·S + a, j·S + d] += Σ_f ∂E/∂Y[f, i, j] · W[f, c, a, d]   (∂E/∂X: the unpadded part)
///
/// summed over the batch, where `X̃` is `X` padded with zeros; the output is
/// `F × H′ × W′` with `H′ = ⌊(H + 2P − K)/S⌋ + 1` (likewise `W′`).
///
/// Computed as matrix products (im2col): each output position of each sample becomes one row
/// of a matrix `X̂` (`n·H′·W′ × C·K·K`) holding the input window it sees, so
///
///     Ŷ = X̂·Wᵀ + b      ∂E/∂W = ∂E/∂Ŷᵀ·X̂      ∂E/∂X̂ = ∂E/∂Ŷ·W
///
/// with `W` read as `F × C·K·K` and `Ŷ` (`n·H′·W′ × F`) transposed into the channel-major
/// samples; `∂E/∂X` adds each row of `∂E/∂X̂` back onto the window it came from (col2im).
///
/// Parameters: `W` as `F × C·K·K`, row-major in `(f, c, a, d)` order (PyTorch's `weight`
/// reshaped), then `F` biases. Initialisers see fan-in `C·K·K` and fan-out `F·K·K`.
struct Conv2D: Layer {
    static let kind = "conv2d"
    var filters: Int
    var kernel: Int
    // (32-bit, so the whole value fits an existential's inline buffer: no box to count references to.)
    private var stride32: Int32
    private var padding32: Int32
    var stride: Int { Int(stride32) }
    var padding: Int { Int(padding32) }

    init(filters: Int, kernel: Int, stride: Int = 1, padding: Int = 0) {
        self.filters = filters
        self.kernel = kernel
        stride32 = Int32(clamping: stride)
        padding32 = Int32(clamping: padding)
    }

    func outputShape(input: FeatureShape) throws(NetworkSpecError.Kind) -> FeatureShape {
        guard filters >= 1, kernel >= 1, stride >= 1, padding >= 0 else {
            throw .unfit("conv2d needs at least 1 filter, a kernel and stride of at least 1 and padding ≥ 0")
        }
        guard input.height + 2 * padding >= kernel, input.width + 2 * padding >= kernel else {
            throw .unfit("a \(kernel)×\(kernel) kernel does not fit an input of shape \(input) with padding \(padding)")
        }
        return FeatureShape(channels: filters, height: (input.height + 2 * padding - kernel) / stride + 1,
                            width: (input.width + 2 * padding - kernel) / stride + 1)
    }

    func parameterShapes(input: FeatureShape) -> [ParameterShape] {
        let window = input.channels * kernel * kernel
        return [
            ParameterShape(role: .weights, rows: filters, columns: window, fanIn: window,
                           fanOut: filters * kernel * kernel),
            ParameterShape(role: .bias, rows: 1, columns: filters, fanIn: window,
                           fanOut: filters * kernel * kernel),
        ]
    }

    func summary(input: FeatureShape, output: FeatureShape) -> String {
        var text = "conv2d \(filters) filter\(filters == 1 ? "" : "s") \(kernel)×\(kernel)"
        if stride != 1 { text += ", stride \(stride)" }
        if padding != 0 { text += ", padding \(padding)" }
        return text + ": \(input) → \(output)"
    }

    /// `X̂` and `Ŷ` (and `∂E/∂X̂` for backward) for `capacity` samples.
    func scratchCount(input: FeatureShape, output: FeatureShape, capacity: Int, backward: Bool) -> Int {
        let positions = capacity * output.planeSize, window = input.channels * kernel * kernel
        return positions * window * (backward ? 2 : 1) + positions * filters
    }

    /// Where `X̂`, `Ŷ` and `∂E/∂X̂` sit in the scratch memory.
    private func buffers(_ pass: LayerPass) -> (columns: UnsafeMutablePointer<Double>, rows: UnsafeMutablePointer<Double>,
                                               columnGradient: UnsafeMutablePointer<Double>) {
        let positions = pass.rows * pass.outputShape.planeSize, window = pass.inputShape.channels * kernel * kernel
        let columns = pass.scratch
        let rows = columns + positions * window
        return (columns, rows, rows + positions * filters)
    }

    // MARK: Forward and backward

    /// `Ŷ = X̂·Wᵀ + b`, then each sample's `Ŷ` rows transposed into `F × H′ × W′`.
    func forward(_ pass: LayerPass) {
        let (columns, outputRows, _) = buffers(pass)
        let window = pass.inputShape.channels * kernel * kernel
        let plane = pass.outputShape.planeSize, positions = pass.rows * plane
        im2col(pass, into: columns)
        let weights = pass.parameters + pass.parameterOffset
        pass.multiply(
            MatrixView(rowMajor: columns, rows: positions, columns: window),
            MatrixView(rowMajor: weights, rows: filters, columns: window).transposed,
            into: MutableMatrixView(rowMajor: outputRows, rows: positions, columns: filters),
            start: .row(weights + filters * window))
        for r in 0..<pass.rows {
            let source = outputRows + r * plane * filters, y = pass.output + r * filters * plane
            for p in 0..<plane {
                for f in 0..<filters { y[f * plane + p] = source[p * filters + f] }
            }
        }
    }

    /// `∂E/∂W = ∂E/∂Ŷᵀ·X̂`, `∂E/∂b` = column sums of `∂E/∂Ŷ`, `∂E/∂X` = col2im of `∂E/∂Ŷ·W`.
    func backward(_ pass: LayerPass, outputGradient dy: UnsafePointer<Double>,
                  inputGradient dx: UnsafeMutablePointer<Double>?, gradient: UnsafeMutablePointer<Double>) {
        let (columns, rowGradient, columnGradient) = buffers(pass)
        let window = pass.inputShape.channels * kernel * kernel
        let plane = pass.outputShape.planeSize, positions = pass.rows * plane
        // ∂E/∂Ŷ: each sample's F × H′W′ gradient transposed into H′W′ rows of F.
        for r in 0..<pass.rows {
            let source = dy + r * filters * plane, target = rowGradient + r * plane * filters
            for f in 0..<filters {
                for p in 0..<plane { target[p * filters + f] = source[f * plane + p] }
            }
        }
        let dY = MatrixView(rowMajor: rowGradient, rows: positions, columns: filters)
        let dW = gradient + pass.parameterOffset
        // ∂E/∂W = ∂E/∂Ŷᵀ·X̂
        pass.multiply(
            dY.transposed, MatrixView(rowMajor: columns, rows: positions, columns: window),
            into: MutableMatrixView(rowMajor: dW, rows: filters, columns: window), start: .zero)
        // ∂E/∂b = column sums of ∂E/∂Ŷ
        let db = dW + filters * window
        db.update(repeating: 0, count: filters)
        ColumnSums.sum(rowGradient, rows: positions, columns: filters, into: db)
        // ∂E/∂X̂ = ∂E/∂Ŷ·W, then back onto the windows
        guard let dx else { return }
        pass.multiply(
            dY, MatrixView(rowMajor: pass.parameters + pass.parameterOffset, rows: filters, columns: window),
            into: MutableMatrixView(rowMajor: columnGradient, rows: positions, columns: window), start: .zero)
        col2im(pass, from: columnGradient, into: dx)
    }

    // MARK: im2col and col2im

    /// The output columns `j` whose window column `j·S + d − P` lies inside `0 ..< width`.
    @inline(__always)
    private func validRange(offset d: Int, size: Int, outputs: Int) -> Range<Int> {
        // j·S + d − P ≥ 0  ⇔  j ≥ ⌈(P − d)/S⌉;   j·S + d − P < size  ⇔  j ≤ ⌊(size − 1 + P − d)/S⌋
        let low = max(0, (padding - d + stride - 1) / stride)
        let highNumerator = size - 1 + padding - d
        let high = highNumerator < 0 ? -1 : min(outputs - 1, highNumerator / stride)
        return low <= high ? low..<(high + 1) : 0..<0
    }

    /// Fills `X̂`: row `n·H′W′ + i·W′ + j`, column `c·K² + a·K + d` holds `X̃[n, c, i·S + a, j·S + d]`.
    private func im2col(_ pass: LayerPass, into columns: UnsafeMutablePointer<Double>) {
        let input = pass.inputShape, output = pass.outputShape
        let window = input.channels * kernel * kernel
        let count = pass.rows * output.planeSize * window
        if padding > 0 { columns.update(repeating: 0, count: count) }
        for r in 0..<pass.rows {
            let x = pass.input + r * input.count
            let sampleRows = columns + r * output.planeSize * window
            for c in 0..<input.channels {
                for a in 0..<kernel {
                    let iRange = validRange(offset: a, size: input.height, outputs: output.height)
                    for d in 0..<kernel {
                        let column = (c * kernel + a) * kernel + d
                        let jRange = validRange(offset: d, size: input.width, outputs: output.width)
                        for i in iRange {
                            let source = x + c * input.planeSize + (i * stride + a - padding) * input.width + d - padding
                            let target = sampleRows + i * output.width * window + column
                            for j in jRange { target[j * window] = source[j * stride] }
                        }
                    }
                }
            }
        }
    }

    /// `∂E/∂X`: zero, then each `∂E/∂X̂` entry added to the input value it was copied from
    /// (entries from the padding are dropped).
    private func col2im(_ pass: LayerPass, from columns: UnsafePointer<Double>, into dx: UnsafeMutablePointer<Double>) {
        let input = pass.inputShape, output = pass.outputShape
        let window = input.channels * kernel * kernel
        dx.update(repeating: 0, count: pass.rows * input.count)
        for r in 0..<pass.rows {
            let d0 = dx + r * input.count
            let sampleRows = columns + r * output.planeSize * window
            for c in 0..<input.channels {
                for a in 0..<kernel {
                    let iRange = validRange(offset: a, size: input.height, outputs: output.height)
                    for d in 0..<kernel {
                        let column = (c * kernel + a) * kernel + d
                        let jRange = validRange(offset: d, size: input.width, outputs: output.width)
                        for i in iRange {
                            let target = d0 + c * input.planeSize + (i * stride + a - padding) * input.width + d - padding
                            let source = sampleRows + i * output.width * window + column
                            for j in jRange { target[j * stride] += source[j * window] }
                        }
                    }
                }
            }
        }
    }

    // MARK: Export

    var exportEntry: ParameterExport.Layer {
        ParameterExport.Layer(kind: Self.kind, filters: filters, kernel: kernel, stride: stride, padding: padding)
    }

    static func load(_ entry: ParameterExport.Layer, index: Int) throws(ParameterLoadError) -> Conv2D {
        guard let filters = entry.filters, let kernel = entry.kernel else {
            throw .unreadable("layer \(index + 1) is conv2d but lacks filters or kernel")
        }
        return Conv2D(filters: filters, kernel: kernel, stride: entry.stride ?? 1, padding: entry.padding ?? 0)
    }
}

extension LayerSpec {
    /// A 2-D convolution of `filters` filters of side `kernel`, moved by `stride` over the input
    /// padded with `padding` zeros on every side; one bias per filter.
    public static func conv2d(
        filters: Int, kernel: Int, stride: Int = 1, padding: Int = 0, weightInit: Initializer? = nil, biasInit: Initializer? = nil
    ) -> LayerSpec {
        LayerSpec(Conv2D(filters: filters, kernel: kernel, stride: stride, padding: padding),
                  weightInit: weightInit, biasInit: biasInit)
    }
}
