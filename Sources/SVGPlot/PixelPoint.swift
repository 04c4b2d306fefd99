/// A point in the figure's view-box coordinates (x right, y down).
public struct PixelPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}
