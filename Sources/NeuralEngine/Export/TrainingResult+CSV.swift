extension TrainingResult {
    /// The loss history as CSV: `epoch,loss` (plus `accuracy` when any row was logged with one),
    /// epoch 0 being the initial loss. Accuracy cells are empty for epochs not logged.
    /// A regularised run says what its loss holds: `epoch,data_loss,penalty` (then `accuracy`).
    public func csv() -> String {
        let accuracies = Dictionary(log.compactMap { row in row.accuracy.map { (row.epoch, $0) } }, uniquingKeysWith: { a, _ in a })
        let withAccuracy = !accuracies.isEmpty
        let penalised = !penalties.isEmpty
        var text = (penalised ? "epoch,data_loss,penalty" : "epoch,loss") + (withAccuracy ? ",accuracy\n" : "\n")
        text += "0,\(initialLoss)" + (penalised ? ",\(initialPenalty)" : "") + (withAccuracy ? ",\n" : "\n")
        for (index, loss) in losses.enumerated() {
            let epoch = index + 1
            text += "\(epoch),\(loss)"
            if penalised { text += "," + (index < penalties.count ? "\(penalties[index])" : "") }
            if withAccuracy { text += "," + (accuracies[epoch].map { "\($0)" } ?? "") }
            text += "\n"
        }
        return text
    }
}
