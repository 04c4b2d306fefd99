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
/// Computed as matrix products (im2col): the input window each output position of each sample
/// sees becomes one column of a matrix `X̂` (`C·K·K × n·H′·W′`), so
///
///     Ŷ = W·X̂ + b      ∂E/∂W = ∂E/∂Ŷ·X̂ᵀ      ∂E/∂X̂ = Wᵀ·∂E/∂Ŷ
///
/// with `W` read as `F × C·K·K` and `Ŷ` (`F × n·H′·W′`) holding, for each filter, the samples'
/// planes one after another (copied plane by plane into the channel-major samples); `∂E/∂X`
/// adds each column of `∂E/∂X̂` back onto the window it came from (col2im).
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

    /// Where `X̂`, `Ŷ` (or `∂E/∂Ŷ`) and `∂E/∂X̂` sit in the scratch memory.
    private func buffers(_ pass: LayerPass) -> (columns: UnsafeMutablePointer<Double>, rows: UnsafeMutablePointer<Double>,
                                               columnGradient: UnsafeMutablePointer<Double>) {
        let positions = pass.rows * pass.outputShape.planeSize, window = pass.inputShape.channels * kernel * kernel
        let columns = pass.scratch
        let rows = columns + positions * window
        return (columns, rows, rows + positions * filters)
    }

    // MARK: Forward and backward

    /// `Ŷ = W·X̂ + b`, then each filter's plane of each sample copied into `F × H′ × W′`.
    func forward(_ pass: LayerPass) {
        let (columns, outputRows, _) = buffers(pass)
        let window = pass.inputShape.channels * kernel * kernel
        let plane = pass.outputShape.planeSize, positions = pass.rows * plane
        im2col(pass, into: columns)
        let weights = pass.parameters + pass.parameterOffset
        pass.multiply(
            MatrixView(rowMajor: weights, rows: filters, columns: window),
            MatrixView(rowMajor: columns, rows: window, columns: positions),
            into: MutableMatrixView(rowMajor: outputRows, rows: filters, columns: positions),
            start: .column(weights + filters * window))
        for r in 0..<pass.rows {
            for f in 0..<filters {
                (pass.output + (r * filters + f) * plane).update(from: outputRows + f * positions + r * plane, count: plane)
            }
        }
    }

    /// `∂E/∂W = ∂E/∂Ŷ·X̂ᵀ`, `∂E/∂b` = row sums of `∂E/∂Ŷ`, `∂E/∂X` = col2im of `Wᵀ·∂E/∂Ŷ`.
    func backward(_ pass: LayerPass, outputGradient dy: UnsafePointer<Double>,
                  inputGradient dx: UnsafeMutablePointer<Double>?, gradient: UnsafeMutablePointer<Double>) {
        let (columns, rowGradient, columnGradient) = buffers(pass)
        let window = pass.inputShape.channels * kernel * kernel
        let plane = pass.outputShape.planeSize, positions = pass.rows * plane
        // ∂E/∂Ŷ: each sample's plane of each filter into that filter's row.
        for r in 0..<pass.rows {
            for f in 0..<filters {
                (rowGradient + f * positions + r * plane).update(from: dy + (r * filters + f) * plane, count: plane)
            }
        }
        let dY = MatrixView(rowMajor: rowGradient, rows: filters, columns: positions)
        let dW = gradient + pass.parameterOffset
        // ∂E/∂W = ∂E/∂Ŷ·X̂ᵀ
        pass.multiply(
            dY, MatrixView(rowMajor: columns, rows: window, columns: positions).transposed,
            into: MutableMatrixView(rowMajor: dW, rows: filters, columns: window), start: .zero)
        // ∂E/∂b = row sums of ∂E/∂Ŷ
        let db = dW + filters * window
        for f in 0..<filters {
            let row = rowGradient + f * positions
            var sum = 0.0
            for p in 0..<positions { sum += row[p] }
            db[f] = sum
        }
        // ∂E/∂X̂ = Wᵀ·∂E/∂Ŷ, then back onto the windows
        guard let dx else { return }
        pass.multiply(
            MatrixView(rowMajor: pass.parameters + pass.parameterOffset, rows: filters, columns: window).transposed, dY,
            into: MutableMatrixView(rowMajor: columnGradient, rows: window, columns: positions), start: .zero)
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

    /// Fills `X̂`: row `c·K² + a·K + d`, column `n·H′W′ + i·W′ + j` holds `X̃[n, c, i·S + a, j·S + d]`.
    private func im2col(_ pass: LayerPass, into columns: UnsafeMutablePointer<Double>) {
        let input = pass.inputShape, output = pass.outputShape
        let count = pass.rows * output.planeSize * input.channels * kernel * kernel
        if padding > 0 { columns.update(repeating: 0, count: count) }
        for r in 0..<pass.rows {
            let x = pass.input + r * input.count
            let positions = pass.rows * output.planeSize
            for c in 0..<input.channels {
                for a in 0..<kernel {
                    let iRange = validRange(offset: a, size: input.height, outputs: output.height)
                    for d in 0..<kernel {
                        let row = columns + ((c * kernel + a) * kernel + d) * positions + r * output.planeSize
                        let jRange = validRange(offset: d, size: input.width, outputs: output.width)
                        for i in iRange {
                            let source = x + c * input.planeSize + (i * stride + a - padding) * input.width + d - padding
                            let target = row + i * output.width
                            for j in jRange { target[j] = source[j * stride] }
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
        dx.update(repeating: 0, count: pass.rows * input.count)
        for r in 0..<pass.rows {
            let d0 = dx + r * input.count
            let positions = pass.rows * output.planeSize
            for c in 0..<input.channels {
                for a in 0..<kernel {
                    let iRange = validRange(offset: a, size: input.height, outputs: output.height)
                    for d in 0..<kernel {
                        let row = columns + ((c * kernel + a) * kernel + d) * positions + r * output.planeSize
                        let jRange = validRange(offset: d, size: input.width, outputs: output.width)
                        for i in iRange {
                            let target = d0 + c * input.planeSize + (i * stride + a - padding) * input.width + d - padding
                            let source = row + i * output.width
                            for j in jRange { target[j * stride] += source[j] }
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
