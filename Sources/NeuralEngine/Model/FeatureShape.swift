/// The shape of one sample's features as a layer sees them: `channels × height × width`.
///
/// A sample is always stored as `count` consecutive values in channel-major order:
/// element `(c, y, x)` sits at `c·height·width + y·width + x` (numpy's C order for an
/// array of shape `(channels, height, width)`). A flat feature vector of `n` values is
/// `n × 1 × 1`, so a 3-D shape and its flattening share the same memory layout.
public struct FeatureShape: Hashable, Sendable, Codable, CustomStringConvertible {
    public var channels: Int
    public var height: Int
    public var width: Int

    public init(channels: Int, height: Int, width: Int) {
        self.channels = channels
        self.height = height
        self.width = width
    }

    /// `n` features in a row: `n × 1 × 1`.
    public static func flat(_ count: Int) -> FeatureShape {
        FeatureShape(channels: count, height: 1, width: 1)
    }

    /// Values per sample: `channels · height · width`.
    public var count: Int { channels * height * width }
    /// Whether this is a plain feature vector (`height = width = 1`).
    public var isFlat: Bool { height == 1 && width == 1 }
    /// Values per channel: `height · width`.
    public var planeSize: Int { height * width }

    /// `64` for a flat vector, `1×8×8` otherwise.
    public var description: String { isFlat ? "\(channels)" : "\(channels)×\(height)×\(width)" }
}
