extension Network {
    /// Checks that `inputs`/`targets` fit this network under `loss`.
    public func validate(inputs: Matrix, targets: Matrix, loss: Loss) throws(DataShapeError) {
        guard inputs.rows > 0 else { throw .empty }
        guard inputs.columns == inputCount else { throw .inputWidth(expected: inputCount, columns: inputs.columns) }
        guard targets.rows == inputs.rows else { throw .rowCountMismatch(inputs: inputs.rows, targets: targets.rows) }
        let classIndices = loss.acceptsClassIndices && Loss.targetsAreClassIndices(outputs: outputCount, targetWidth: targets.columns)
        guard targets.columns == outputCount || classIndices else {
            throw .targetWidth(expected: outputCount, columns: targets.columns)
        }
        for r in 0..<inputs.rows {
            for k in 0..<inputs.columns where !inputs[r, k].isFinite { throw .notFinite(row: r) }
            for k in 0..<targets.columns where !targets[r, k].isFinite { throw .notFinite(row: r) }
            if classIndices {
                let value = targets[r, 0]
                guard value >= 0, value < Double(outputCount), value.rounded() == value else {
                    throw .badClassIndex(row: r, value: value, classes: outputCount)
                }
            }
        }
    }
}
