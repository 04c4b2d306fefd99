extension BatchWorkspace {
    /// Rows per chunk when a whole data set is evaluated with a forward-only workspace:
    /// a 60000-sample data set needs buffers for 2048 rows, not for all of them.
    static let evaluationChunk = 2048

    /// The mean loss over every row of `inputs`, and (when `classes` is given: the true
    /// class of each row) the fraction of rows whose predicted class is right (a single output
    /// reads as class 1 above `threshold`).
    ///
    /// Rows run forward in chunks of ``capacity``; the per-sample losses are summed in row
    /// order and divided by the row count once, so the value is the same as one pass over
    /// everything (``meanLoss(_:buffer:)``) would give.
    func evaluate(
        parameters: UnsafePointer<Double>, inputs: Matrix, targets: Matrix, loss: Loss, classes: [Int]? = nil,
        threshold: Double = 0.5
    ) -> (loss: Double, accuracy: Double?) {
        let samples = inputs.rows
        var sum = 0.0
        var correct = 0
        var start = 0
        while start < samples {
            let end = min(start + capacity, samples)
            inputs.elements.withUnsafeBufferPointer { rows in
                attach(inputs: rows.baseAddress!, targets: targets, rows: start..<end)
                forward(parameters: parameters)
            }
            _ = meanLoss(loss)
            for r in 0..<rows { sum += sampleLosses[r] }
            if let classes {
                let offset = offsets[lastSegment], width = outputWidth
                let predictions = Matrix(rows: rows, columns: width,
                                         elements: Array(values[offset..<(offset + rows * width)]))
                for (r, predicted) in Network.classes(ofPredictions: predictions, threshold: threshold).enumerated()
                where predicted == classes[start + r] {
                    correct += 1
                }
            }
            start = end
        }
        let accuracy = classes.map { _ in samples > 0 ? Double(correct) / Double(samples) : 0 }
        return (sum / Double(samples), accuracy)
    }
}
