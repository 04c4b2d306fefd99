/// Max pooling over `size × size` windows moved by `stride` in each channel:
///
///     forward:   Y[c, i, j] = max_{a, b < size} X[c, i·s + a, j·s + b]
///     backward:  ∂E/∂X[c, i·s + a*, j·s + b*] += ∂E/∂Y[c, i, j]   at the window's maximum (a*, b*)
///
/// Output side `⌊(H − size)/s⌋ + 1` (windows that would run past the edge are left out, as in
/// PyTorch). A tie goes to the first maximum in row-major window order (numpy's `argmax`).
/// The forward pass remembers each window's winner; all other inputs get zero gradient.
/// No parameters.
struct MaxPool: Layer {
    static let kind = "maxpool"
    var size: Int
    var stride: Int

    func outputShape(input: FeatureShape) throws(NetworkSpecError.Kind) -> FeatureShape {
        guard size >= 1, stride >= 1 else { throw .unfit("maxpool needs a size and stride of at least 1, got \(size) and \(stride)") }
        guard input.height >= size, input.width >= size else {
            throw .unfit("a \(size)×\(size) maxpool does not fit an input of shape \(input)")
        }
        return FeatureShape(channels: input.channels, height: (input.height - size) / stride + 1,
                            width: (input.width - size) / stride + 1)
    }

    func summary(input: FeatureShape, output: FeatureShape) -> String {
        "maxpool \(size)×\(size)" + (stride == size ? "" : ", stride \(stride)")
    }

    /// The winners' positions within each sample, one per output value.
    func scratchCount(input: FeatureShape, output: FeatureShape, capacity: Int, backward: Bool) -> Int {
        capacity * output.count
    }

    /// `Y[c, i, j] = max` of the window; remembers where.
    func forward(_ pass: LayerPass) {
        let input = pass.inputShape, output = pass.outputShape
        for r in 0..<pass.rows {
            let x = pass.input + r * input.count, y = pass.output + r * output.count
            let winners = pass.scratch + r * output.count
            for c in 0..<input.channels {
                let plane = x + c * input.planeSize
                for i in 0..<output.height {
                    for j in 0..<output.width {
                        // The running maximum stays in a register; `>` keeps the first of equal values.
                        var best = i * stride * input.width + j * stride
                        var largest = plane[best]
                        for a in 0..<size {
                            let row = (i * stride + a) * input.width + j * stride
                            for b in 0..<size {
                                let value = plane[row + b]
                                if value > largest { largest = value; best = row + b }
                            }
                        }
                        let o = c * output.planeSize + i * output.width + j
                        y[o] = largest
                        winners[o] = Double(c * input.planeSize + best)
                    }
                }
            }
        }
    }

    /// `∂E/∂X` is `∂E/∂Y` at each window's winner, zero elsewhere.
    func backward(_ pass: LayerPass, outputGradient dy: UnsafePointer<Double>,
                  inputGradient dx: UnsafeMutablePointer<Double>?, gradient: UnsafeMutablePointer<Double>) {
        guard let dx else { return }
        let inputCount = pass.inputShape.count, outputCount = pass.outputShape.count
        dx.update(repeating: 0, count: pass.rows * inputCount)
        for r in 0..<pass.rows {
            let winners = pass.scratch + r * outputCount, g = dy + r * outputCount, d = dx + r * inputCount
            for o in 0..<outputCount { d[Int(winners[o])] += g[o] }
        }
    }

    var exportEntry: ParameterExport.Layer { ParameterExport.Layer(kind: Self.kind, kernel: size, stride: stride) }

    static func load(_ entry: ParameterExport.Layer, index: Int) throws(ParameterLoadError) -> MaxPool {
        guard let size = entry.kernel else { throw .unreadable("layer \(index + 1) is maxpool but lacks its size") }
        return MaxPool(size: size, stride: entry.stride ?? size)
    }
}

extension LayerSpec {
    /// Max pooling over `size × size` windows, moved by `stride` (by default `size`: no overlap).
    public static func maxpool(size: Int, stride: Int? = nil) -> LayerSpec {
        LayerSpec(MaxPool(size: size, stride: stride ?? size))
    }
}
