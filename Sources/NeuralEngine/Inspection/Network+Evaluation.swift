/// Classification read-outs: the predicted class of a row is its argmax, or, for a single
/// output, `1` when `ŷ > 0.5` and `0` otherwise (seed 003's `(output > 0.5)`).
extension Network {
    /// The predicted class of every input row.
    public func predictedClasses(_ inputs: Matrix) -> [Int] {
        Self.classes(ofPredictions: predict(inputs))
    }

    /// Classes of prediction rows: argmax (first maximum), or `ŷ > threshold` for one column.
    public static func classes(ofPredictions predictions: Matrix, threshold: Double = 0.5) -> [Int] {
        (0..<predictions.rows).map { r in
            if predictions.columns == 1 { return predictions[r, 0] > threshold ? 1 : 0 }
            var best = 0
            for c in 1..<predictions.columns where predictions[r, c] > predictions[r, best] { best = c }
            return best
        }
    }

    /// True classes of target rows: a class-index column, one-hot rows (argmax), or a single 0/1 column (`> 0.5`).
    public static func classes(ofTargets targets: Matrix, outputs: Int) -> [Int] {
        if Loss.targetsAreClassIndices(outputs: outputs, targetWidth: targets.columns) {
            return (0..<targets.rows).map { Int(targets[$0, 0]) }
        }
        return classes(ofPredictions: targets)
    }

    /// The fraction of rows whose predicted class equals the target class (seed 002: `np.mean(predictions == class_targets)`).
    public func accuracy(inputs: Matrix, targets: Matrix) -> Double {
        Self.accuracy(predictions: predict(inputs), targets: targets)
    }

    /// Accuracy of given predictions against targets.
    public static func accuracy(predictions: Matrix, targets: Matrix) -> Double {
        let predicted = classes(ofPredictions: predictions)
        let actual = classes(ofTargets: targets, outputs: predictions.columns)
        guard !predicted.isEmpty else { return 0 }
        let correct = zip(predicted, actual).filter { $0 == $1 }.count
        return Double(correct) / Double(predicted.count)
    }

    /// Counts of (true class, predicted class) pairs.
    public func confusionMatrix(inputs: Matrix, targets: Matrix) -> ConfusionMatrix {
        let predictions = predict(inputs)
        return ConfusionMatrix(actual: Self.classes(ofTargets: targets, outputs: outputCount),
                               predicted: Self.classes(ofPredictions: predictions),
                               classCount: max(outputCount, 2))
    }
}
