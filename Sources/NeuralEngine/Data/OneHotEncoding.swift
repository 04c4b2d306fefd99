/// Class indices to one-hot rows and back: label `k` becomes the row `e_k` of the
/// `classCount × classCount` identity (numpy's `np.eye(classCount)[labels]`).
public struct OneHotEncoding: Equatable, Sendable {
    public let classCount: Int

    public init(classCount: Int) {
        precondition(classCount >= 1, "one-hot encoding needs at least one class")
        self.classCount = classCount
    }

    /// An `n × 1` column of class indices to an `n × classCount` matrix of 0s and 1s.
    /// Every label must be a whole number in `0..<classCount`.
    public func encode(_ labels: Matrix) throws(DatasetError) -> Matrix {
        precondition(labels.columns == 1, "class labels must be one column, got \(labels.columns)")
        var result = Matrix(rows: labels.rows, columns: classCount)
        for (row, label) in labels.elements.enumerated() {
            guard label >= 0, label < Double(classCount), label == label.rounded() else {
                throw .notAClassIndex(row: row, value: label, classCount: classCount)
            }
            result[row, Int(label)] = 1
        }
        return result
    }

    /// Each row's class: the index of its largest value (the first on ties), as `n × 1`.
    public func decode(_ scores: Matrix) -> Matrix {
        precondition(scores.columns == classCount, "scores have \(scores.columns) columns for \(classCount) classes")
        var result = Matrix(rows: scores.rows, columns: 1)
        for r in 0..<scores.rows {
            var best = 0
            for c in 1..<classCount where scores[r, c] > scores[r, best] {
                best = c
            }
            result[r, 0] = Double(best)
        }
        return result
    }
}

extension Dataset {
    /// The same samples with the class-index column `y` replaced by its one-hot
    /// encoding; the target names become the class names.
    public func oneHotTargets() throws(DatasetError) -> Dataset {
        guard let classCount, y.columns == 1 else { throw .notClassification }
        var copy = self
        copy.y = try OneHotEncoding(classCount: classCount).encode(y)
        copy.targetNames = classNames ?? (0..<classCount).map { String($0) }
        return copy
    }
}
