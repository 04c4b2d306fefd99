/// One named block of the flat parameter vector, for tables and export.
public struct ParameterBlock: Hashable, Sendable, Codable {
    /// `W1`, `b1`, …
    public var name: String
    /// 0-based position of the owning layer in ``NetworkSpec/layers``.
    public var layerIndex: Int
    public var offset: Int
    public var rows: Int
    public var columns: Int
    public var count: Int { rows * columns }
}
