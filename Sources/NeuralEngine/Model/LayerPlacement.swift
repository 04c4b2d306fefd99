/// One layer of a built network: where it sits, the shapes it maps between, and its
/// parameter blocks in the flat vector (none for a layer without parameters).
public struct LayerPlacement: Equatable, Sendable {
    /// 0-based position in ``NetworkSpec/layers``.
    public var index: Int
    public var input: FeatureShape
    public var output: FeatureShape
    /// `W_k` then `b_k` (when the layer has a bias).
    public var blocks: [PlacedBlock]
    /// `k` of `W_k`: the layer's number among layers with parameters (from 1); `nil` without parameters.
    public var parameterNumber: Int?

    /// Where the layer's parameters start in the flat vector (its first block's offset;
    /// for a layer without parameters, meaningless).
    public var parameterOffset: Int { blocks.first?.block.offset ?? 0 }
    public var parameterCount: Int { blocks.reduce(0) { $0 + $1.block.count } }
    /// The layer's positions in the flat vector.
    public var parameterRange: Range<Int> { parameterOffset..<(parameterOffset + parameterCount) }
}

/// A parameter block with its place in the flat vector and how it starts.
public struct PlacedBlock: Equatable, Sendable {
    public var block: ParameterBlock
    /// Whether the block holds weights or biases.
    public var isBias: Bool { role == .bias }
    var role: ParameterShape.Role
    public var initializer: Initializer
    var fanIn: Int
    var fanOut: Int
    /// A remark for weight tables (`one bias shared by the whole layer`).
    public var note: String?
}
