extension Loss {
    /// The loss as messages name it.
    public var name: String {
        switch self {
        case .meanSquaredError: "mean squared error"
        case .halfSquaredError: "half squared error"
        case .crossEntropy: "cross-entropy"
        case .binaryCrossEntropy: "binary cross-entropy"
        case .hinge: "hinge loss"
        case .multiclassHinge: "multiclass SVM loss"
        case .huber: "Huber loss"
        }
    }

    /// The targets this loss accepts for `outputs` outputs, or `nil` when any number will do
    /// (regression losses). ``crossEntropy`` is checked by ``Network/validate(inputs:targets:loss:)``.
    public func labels(outputs: Int) -> LabelSet? {
        switch self {
        case .hinge: .signs
        case .multiclassHinge: .classIndices(count: outputs)
        case .binaryCrossEntropy: .unitInterval
        case .meanSquaredError, .halfSquaredError, .crossEntropy, .huber: nil
        }
    }

    /// The first target (row by row) that does not fit this loss, or `nil`: ±1 for ``hinge``,
    /// class indices or one-hot rows for ``multiclassHinge``, numbers in `[0, 1]` for
    /// ``binaryCrossEntropy``. One pass over the targets; nothing is re-coded.
    public func labelProblem(targets: Matrix, outputs: Int) -> LabelError? {
        guard let expected = labels(outputs: outputs) else { return nil }
        func problem(_ r: Int, _ c: Int) -> LabelError {
            LabelError(lossName: name, expected: expected, row: r, column: c, value: targets[r, c])
        }
        let oneHot = self == .multiclassHinge && !Self.targetsAreClassIndices(outputs: outputs, targetWidth: targets.columns)
        for r in 0..<targets.rows {
            if oneHot {
                // A one-hot row: zeros and exactly one 1.
                var ones = 0
                for c in 0..<targets.columns {
                    let value = targets[r, c]
                    guard value == 0 || value == 1 else { return problem(r, c) }
                    if value == 1 { ones += 1 }
                }
                if ones != 1 { return problem(r, 0) }
                continue
            }
            for c in 0..<targets.columns where !expected.contains(targets[r, c]) { return problem(r, c) }
        }
        return nil
    }
}
