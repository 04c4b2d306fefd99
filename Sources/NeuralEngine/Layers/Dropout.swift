/// Inverted dropout with rate `p`: in training each value is kept with probability `1 − p`
/// and scaled by `1/(1 − p)`, so evaluation needs no rescaling (nnfs, chapter 15):
///
///     mask:      m_i = b_i / (1 − p),   b_i ~ Bernoulli(1 − p)   (numpy: binomial(1, 1 − p, size))
///     forward:   y = x ⊙ m        (training)      y = x   (evaluation, prediction, plots)
///     backward:  ∂E/∂x = ∂E/∂y ⊙ m                ∂E/∂x = ∂E/∂y
///
/// The mask of a batch is drawn from the notebook's random stream before its forward pass,
/// sample after sample, value after value (``RandomSource/binomial(trials:probability:)``: with
/// ``NumpyRandomState`` exactly numpy's `binomial(1, 1 − p, size=(rows, width))`). It stays
/// fixed for the batch's backward pass and central differences. No parameters.
struct Dropout: Layer {
    static let kind = "dropout"
    /// `p`, the fraction of values dropped: `0 < p < 1`.
    var rate: Double

    func outputShape(input: FeatureShape) throws(NetworkSpecError.Kind) -> FeatureShape {
        guard rate > 0, rate < 1 else { throw .unfit("a dropout rate is a fraction between 0 and 1 (exclusive), got \(rate)") }
        return input
    }

    func summary(input: FeatureShape, output: FeatureShape) -> String { "dropout \(rate) (training only)" }

    /// The mask: one value per element of a batch.
    func scratchCount(input: FeatureShape, output: FeatureShape, capacity: Int, backward: Bool) -> Int {
        backward ? capacity * input.count : 0
    }

    /// `m_i = b_i / (1 − p)` with `b_i` from `binomial(1, 1 − p)`, in row-major order.
    var trainingNoise: TrainingNoise? { .scaledBernoulliMask(keep: 1 - rate) }

    /// `y = x ⊙ m` in training, `y = x` otherwise.
    func forward(_ pass: LayerPass) {
        let count = pass.rows * pass.inputShape.count
        guard pass.training else { return pass.output.update(from: pass.input, count: count) }
        let x = pass.input, y = pass.output, mask = UnsafePointer(pass.scratch)
        for i in 0..<count { y[i] = x[i] * mask[i] }
    }

    /// `∂E/∂x = ∂E/∂y ⊙ m` in training, `∂E/∂y` otherwise.
    func backward(_ pass: LayerPass, outputGradient dy: UnsafePointer<Double>,
                  inputGradient dx: UnsafeMutablePointer<Double>?, gradient: UnsafeMutablePointer<Double>) {
        guard let dx else { return }
        let count = pass.rows * pass.inputShape.count
        guard pass.training else { return dx.update(from: dy, count: count) }
        let mask = UnsafePointer(pass.scratch)
        for i in 0..<count { dx[i] = dy[i] * mask[i] }
    }

    var exportEntry: ParameterExport.Layer { ParameterExport.Layer(kind: Self.kind, rate: rate) }

    static func load(_ entry: ParameterExport.Layer, index: Int) throws(ParameterLoadError) -> Dropout {
        guard let rate = entry.rate else { throw .unreadable("layer \(index + 1) is dropout but lacks its rate") }
        return Dropout(rate: rate)
    }
}

extension LayerSpec {
    /// Inverted dropout of a fraction `rate` of the values, in training only.
    public static func dropout(rate: Double) -> LayerSpec { LayerSpec(Dropout(rate: rate)) }
}
