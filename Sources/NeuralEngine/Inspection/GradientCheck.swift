/// Compares backpropagation with central differences on the current network and data.
///
/// For each layer with parameters it reports the largest relative error over the entries of `∂E/∂W`
/// and of `∂E/∂b`:
///
///     error = |a − b| / max(|a| + |b|, floor)
///
/// with `a` from backpropagation and `b = (L(θ + h) − L(θ − h)) / 2h`.
///
/// The floor stops rounding noise from failing entries that are (nearly) zero. `b` cannot be
/// more precise than the rounding of the two losses it subtracts, about `8·ε·|L| / h`
/// (`ε = 2.2e−16`; `|L|` times the batch size for ``Reduction/sum``): for `|L| ≈ 0.7` and
/// `h = 1e−5` that is 1e−10. By default the floor is that noise divided by the threshold, so
/// an entry smaller than the floor passes when `a` and `b` agree to within the noise.
public struct GradientCheck: Sendable {
    public var loss: Loss
    public var reduction: Reduction
    /// The finite-difference step `h`.
    public var step: Double
    /// A layer passes when both its errors are at most this.
    public var threshold: Double
    /// A fixed floor, or `nil` for the rounding-noise floor described above.
    public var floor: Double?
    public var fuseSoftmaxCrossEntropy: Bool

    public init(loss: Loss, reduction: Reduction = .mean, step: Double = 1e-5, threshold: Double = 1e-6,
                floor: Double? = nil, fuseSoftmaxCrossEntropy: Bool = true) {
        self.loss = loss
        self.reduction = reduction
        self.step = step
        self.threshold = threshold
        self.floor = floor
        self.fuseSoftmaxCrossEntropy = fuseSoftmaxCrossEntropy
    }

    /// One layer's comparison.
    public struct LayerResult: Equatable, Sendable {
        /// 0-based position in ``NetworkSpec/layers``.
        public var layerIndex: Int
        /// `W1`, `W2`, …
        public var name: String
        public var weightError: Double
        /// `nil` for a layer without bias.
        public var biasError: Double?
        public var passed: Bool

        public init(layerIndex: Int, name: String, weightError: Double, biasError: Double?, passed: Bool) {
            self.layerIndex = layerIndex
            self.name = name
            self.weightError = weightError
            self.biasError = biasError
            self.passed = passed
        }
    }

    /// The whole check.
    public struct Report: Equatable, Sendable {
        public var layers: [LayerResult]
        public var threshold: Double
        public var passed: Bool { layers.allSatisfy(\.passed) }

        public init(layers: [LayerResult], threshold: Double, floor: Double) {
            self.layers = layers
            self.threshold = threshold
            self.floor = floor
        }
        /// The floor used (see ``GradientCheck``).
        public var floor: Double
        /// The largest error of any layer.
        public var maximumError: Double { layers.map { max($0.weightError, $0.biasError ?? 0) }.max() ?? 0 }
    }

    /// Runs the check. Throws when the data does not fit the network.
    public func run(on network: Network, inputs: Matrix, targets: Matrix) throws(DataShapeError) -> Report {
        try network.validate(inputs: inputs, targets: targets, loss: loss)
        let analytic = network.gradient(inputs: inputs, targets: targets, loss: loss, reduction: reduction,
                                        fuseSoftmaxCrossEntropy: fuseSoftmaxCrossEntropy).gradient
        let numeric = network.centralDifferenceGradient(inputs: inputs, targets: targets, loss: loss,
                                                        reduction: reduction, step: step)
        let scale = reduction == .sum ? Double(inputs.rows) : 1
        let noise = 8 * Double.ulpOfOne * abs(network.loss(inputs: inputs, targets: targets, loss: loss)) * scale / step
        return compare(analytic: analytic, numeric: numeric, layout: network.parameterisedLayers,
                       floor: floor ?? max(noise / threshold, .leastNormalMagnitude))
    }

    /// The per-layer comparison of two gradients in the same flat layout.
    func compare(analytic: [Double], numeric: [Double], layout: [LayerPlacement], floor: Double) -> Report {
        func largestError(_ block: ParameterBlock) -> Double {
            (block.offset..<(block.offset + block.count))
                .map { abs(analytic[$0] - numeric[$0]) / max(abs(analytic[$0]) + abs(numeric[$0]), floor) }.max() ?? 0
        }
        let layers = layout.map { placement -> LayerResult in
            let weights = placement.blocks[0].block
            let weightError = largestError(weights)
            let biasError = placement.blocks.first(where: \.isBias).map { largestError($0.block) }
            return LayerResult(layerIndex: placement.index, name: weights.name, weightError: weightError,
                               biasError: biasError, passed: weightError <= threshold && (biasError ?? 0) <= threshold)
        }
        return Report(layers: layers, threshold: threshold, floor: floor)
    }
}
