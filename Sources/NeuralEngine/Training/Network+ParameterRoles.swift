/// Where each layer's weights and biases sit in the flat vector: the one place the training
/// side learns the layout, so penalties follow whatever layers the network is built of.
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
        denseLayers.map { layout in
            LayerParameterRanges(layerIndex: layout.layerIndex, weightName: layout.weightName, weights: layout.weightOffset..<layout.biasOffset,
                                 biases: layout.biasOffset..<(layout.biasOffset + layout.biasCount))
        }
    }
}
