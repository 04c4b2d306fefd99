/// Where one dense layer's parameters live in ``Network/parameters`` (a view of
/// ``Network/placements`` for dense layers, kept for callers that only draw dense networks).
///
/// The flat vector holds, for each dense layer in order, its weights `W`
/// (`inputs × outputs`, row-major: `W[k, c]` at `weightOffset + k·outputs + c`)
/// followed by its biases (`biasCount` values at `biasOffset`).
public struct DenseLayerLayout: Hashable, Sendable, Codable {
    /// 0-based position of the layer in ``NetworkSpec/layers``.
    public var layerIndex: Int
    /// 0-based count among dense layers only (the `1` in `W1` is `denseIndex + 1`).
    public var denseIndex: Int
    public var inputs: Int
    public var outputs: Int
    public var bias: BiasMode
    public var weightOffset: Int
    public var biasOffset: Int

    public var weightCount: Int { inputs * outputs }
    public var biasCount: Int { bias.parameterCount(outputs: outputs) }
    /// All of this layer's parameters: `weightOffset ..< biasOffset + biasCount`.
    public var parameterRange: Range<Int> { weightOffset..<(biasOffset + biasCount) }
    /// `W1`, `W2`, … as lessons name them.
    public var weightName: String { "W\(denseIndex + 1)" }
    /// `b1`, `b2`, …
    public var biasName: String { "b\(denseIndex + 1)" }
}
