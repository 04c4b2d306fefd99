/// `counts[actual][predicted]`: how many samples of each true class got each predicted class.
public struct ConfusionMatrix: Equatable, Sendable, Codable {
    public var counts: [[Int]]

    public init(counts: [[Int]]) {
        self.counts = counts
    }

    public init(actual: [Int], predicted: [Int], classCount: Int) {
        precondition(actual.count == predicted.count, "one prediction per sample")
        counts = Array(repeating: Array(repeating: 0, count: classCount), count: classCount)
        for (a, p) in zip(actual, predicted) where a >= 0 && a < classCount && p >= 0 && p < classCount {
            counts[a][p] += 1
        }
    }

    public var classCount: Int { counts.count }
    /// Samples on the diagonal over all samples.
    public var accuracy: Double {
        let total = counts.joined().reduce(0, +)
        guard total > 0 else { return 0 }
        return Double((0..<classCount).map { counts[$0][$0] }.reduce(0, +)) / Double(total)
    }
}
