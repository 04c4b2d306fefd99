/// A regular grid over the bounding box of some points, widened by a margin: where a
/// ``DecisionField`` samples a model. Points are listed row by row, bottom row first
/// (`y` increasing), `x` increasing within a row — the order ``DecisionField`` expects.
public struct DecisionGrid: Sendable, Equatable {
    public let xRange: ClosedRange<Double>
    public let yRange: ClosedRange<Double>
    /// Samples per axis.
    public let resolution: Int

    /// - Parameters:
    ///   - padding: the margin on each side, as a fraction of the data's range; a range of
    ///     zero width (all points on a line) is widened to 1 first.
    /// - Precondition: at least one point and `resolution ≥ 2`.
    public init(xs: [Double], ys: [Double], resolution: Int, padding: Double) {
        precondition(!xs.isEmpty && xs.count == ys.count, "a grid needs points")
        precondition(resolution >= 2, "a grid needs at least 2 samples per axis")
        func range(_ values: [Double]) -> ClosedRange<Double> {
            var low = Double.infinity, high = -Double.infinity
            for value in values {
                low = min(low, value)
                high = max(high, value)
            }
            if !(high > low) { low -= 0.5; high += 0.5 }
            let margin = (high - low) * padding
            return (low - margin)...(high + margin)
        }
        xRange = range(xs)
        yRange = range(ys)
        self.resolution = resolution
    }

    /// The grid's points as `[x, y]` pairs, `resolution²` of them:
    /// `x_i = x₀ + i·(x₁ − x₀)/(resolution − 1)`, likewise `y_j`.
    public var points: [(x: Double, y: Double)] {
        var points: [(x: Double, y: Double)] = []
        points.reserveCapacity(resolution * resolution)
        for j in 0..<resolution {
            let y = yRange.lowerBound + Double(j) * (yRange.upperBound - yRange.lowerBound) / Double(resolution - 1)
            for i in 0..<resolution {
                points.append((xRange.lowerBound + Double(i) * (xRange.upperBound - xRange.lowerBound) / Double(resolution - 1), y))
            }
        }
        return points
    }

    /// The field of `values`, one per point of ``points``.
    public func field(_ values: DecisionField.Values) -> DecisionField {
        DecisionField(xRange: xRange, yRange: yRange, columns: resolution, rows: resolution, values: values)
    }
}
