/// One row of a model summary table.
public struct LayerSummary: Equatable, Sendable {
    /// 0-based position in ``NetworkSpec/layers``.
    public var layerIndex: Int
    /// `dense 4 → 3 (no bias)`, `sigmoid`, `conv2d 8 filters 3×3: 1×8×8 → 8×6×6`, …
    public var description: String
    /// The layer's kind (`dense`, `activation`, `conv2d`, …).
    public var kind: String
    /// The shapes of one sample entering and leaving the layer.
    public var inputShape: FeatureShape
    public var outputShape: FeatureShape
    /// Values per sample leaving the layer.
    public var outputWidth: Int { outputShape.count }
    /// Weights and biases of the layer (0 for layers without parameters).
    public var parameterCount: Int
    /// The layer's blocks (`W_k`, then `b_k` when it has a bias) in the flat vector.
    public var blocks: [ParameterBlock]
    /// Whether the bias is one scalar shared by the whole layer.
    public var sharedBias: Bool

    public init(layerIndex: Int, description: String, kind: String, inputShape: FeatureShape, outputShape: FeatureShape,
                parameterCount: Int, blocks: [ParameterBlock] = [], sharedBias: Bool = false) {
        self.layerIndex = layerIndex
        self.description = description
        self.kind = kind
        self.inputShape = inputShape
        self.outputShape = outputShape
        self.parameterCount = parameterCount
        self.blocks = blocks
        self.sharedBias = sharedBias
    }
}

extension Network {
    /// One row per layer, in order (the total is ``parameterCount``).
    public var summary: [LayerSummary] {
        placements.map { placement in
            let layer = spec.layers[placement.index]
            return LayerSummary(
                layerIndex: placement.index, description: layer.layer.summary(input: placement.input, output: placement.output),
                kind: layer.kind, inputShape: placement.input, outputShape: placement.output,
                parameterCount: placement.parameterCount, blocks: placement.blocks.map(\.block),
                sharedBias: placement.blocks.contains { $0.isBias && $0.note != nil })
        }
    }
}
