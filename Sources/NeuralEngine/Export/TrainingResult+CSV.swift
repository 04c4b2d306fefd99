extension TrainingResult {
    /// The loss history as CSV: `epoch,loss` (plus `accuracy` when any row was logged with one),
    /// epoch 0 being the initial loss. Accuracy cells are empty for epochs not logged.
    public func csv() -> String {
        let accuracies = Dictionary(log.compactMap { row in row.accuracy.map { (row.epoch, $0) } }, uniquingKeysWith: { a, _ in a })
        let withAccuracy = !accuracies.isEmpty
        var text = withAccuracy ? "epoch,loss,accuracy\n" : "epoch,loss\n"
        text += withAccuracy ? "0,\(initialLoss),\n" : "0,\(initialLoss)\n"
        for (index, loss) in losses.enumerated() {
            let epoch = index + 1
            text += "\(epoch),\(loss)"
            if withAccuracy { text += "," + (accuracies[epoch].map { "\($0)" } ?? "") }
            text += "\n"
        }
        return text
    }
}
