/// A classifier's output sampled on a regular grid over a 2-D input plane.
///
/// Grid point `(i, j)`, `0 ≤ i < columns`, `0 ≤ j < rows`, is the input
/// `x = x₀ + i·(x₁ − x₀)/(columns − 1)`, `y = y₀ + j·(y₁ − y₀)/(rows − 1)`
/// (row 0 is the bottom, `y₀`), and its value is at index `j·columns + i`.
public struct DecisionField: Sendable, Equatable {
    public enum Values: Sendable, Equatable {
        /// The predicted class at each grid point.
        case classIndex([Int])
        /// P(class 1) at each grid point, for a binary classifier.
        case probability([Double])
        /// The probability of every class at each grid point (`[point][class]`).
        case classProbabilities([[Double]])
        /// Every class's score at each grid point (`[point][class]`), drawn as plain class
        /// regions: the predicted class is the highest score, and a boundary runs where the
        /// two highest tie (interpolated between samples, so it is a smooth line, not the
        /// staircase of ``classIndex``).
        case classScores([[Double]])
        /// A single output that is not a probability (a tanh or linear unit), the range it
        /// spans and the threshold above which it counts as class 1. Shaded like a
        /// probability through ``bandPosition(_:range:threshold:)``, and labelled with
        /// the output's own numbers.
        case output([Double], range: ClosedRange<Double>, threshold: Double)
    }

    /// Where an output `v` sits on a 0…1 band scale whose middle is the threshold `t`:
    /// `½·(v − lo)/(t − lo)` below `t` and `½ + ½·(v − t)/(hi − t)` above, clamped to 0…1.
    public static func bandPosition(_ value: Double, range: ClosedRange<Double>, threshold: Double) -> Double {
        let low = range.lowerBound, high = range.upperBound
        let position = value < threshold
            ? (threshold > low ? 0.5 * (value - low) / (threshold - low) : 0)
            : (high > threshold ? 0.5 + 0.5 * (value - threshold) / (high - threshold) : 1)
        return min(1, max(0, position))
    }

    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    public var columns: Int
    public var rows: Int
    public var values: Values

    /// - Precondition: at least 2×2 samples, non-empty ranges, and one value per grid point.
    public init(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, columns: Int, rows: Int, values: Values) {
        precondition(columns >= 2 && rows >= 2, "a decision field needs at least 2×2 samples")
        precondition(xRange.lowerBound < xRange.upperBound && yRange.lowerBound < yRange.upperBound)
        let count: Int
        switch values {
        case .classIndex(let classes): count = classes.count
        case .probability(let probabilities): count = probabilities.count
        case .classProbabilities(let probabilities): count = probabilities.count
        case .classScores(let scores): count = scores.count
        case .output(let outputs, let range, let threshold):
            count = outputs.count
            precondition(range.contains(threshold), "the threshold lies inside the output's range")
        }
        precondition(count == columns * rows, "expected \(columns * rows) values, got \(count)")
        self.xRange = xRange
        self.yRange = yRange
        self.columns = columns
        self.rows = rows
        self.values = values
    }

    /// The number of classes the values mention (at least 2).
    public var classCount: Int {
        switch values {
        case .classIndex(let classes): return max(2, (classes.max() ?? 0) + 1)
        case .probability, .output: return 2
        case .classProbabilities(let probabilities): return max(2, probabilities.first?.count ?? 2)
        case .classScores(let scores): return max(2, scores.first?.count ?? 2)
        }
    }
}

/// A training example drawn on a decision-boundary plot.
public struct LabeledPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var label: Int

    public init(x: Double, y: Double, label: Int) {
        self.x = x
        self.y = y
        self.label = label
    }
}
