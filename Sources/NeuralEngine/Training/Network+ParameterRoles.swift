/// Where each layer's weights and biases sit in the flat vector: the one place the training
/// side learns the layout (from ``Network/placements``), so penalties cover every layer kind
/// with parameters (dense and convolution alike).
public struct LayerParameterRanges: Equatable, Sendable {
    /// 0-based position of the layer in ``NetworkSpec/layers``.
    public var layerIndex: Int
    /// The weight block's name in reports (`W1`, `W2`, …).
    public var weightName: String
    public var weights: Range<Int>
    /// Empty for a layer without biases.
    public var biases: Range<Int>
}

extension Network {
    /// One entry per layer that has parameters, in order.
    public var layerParameterRanges: [LayerParameterRanges] {
        parameterisedLayers.map { placement in
            let weightBlocks = placement.blocks.filter { !$0.isBias }.map(\.block)
            let biasBlocks = placement.blocks.filter(\.isBias).map(\.block)
            func span(_ blocks: [ParameterBlock]) -> Range<Int> {
                guard let first = blocks.first, let last = blocks.last else { return placement.parameterOffset..<placement.parameterOffset }
                return first.offset..<(last.offset + last.count)
            }
            return LayerParameterRanges(layerIndex: placement.index, weightName: weightBlocks.first?.name ?? "W\(placement.parameterNumber ?? 0)",
                                        weights: span(weightBlocks), biases: span(biasBlocks))
        }
    }
}
