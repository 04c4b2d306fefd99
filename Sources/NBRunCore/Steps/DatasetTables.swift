import NeuralEngine

/// The tables a `{dataset}` step shows: what the data is, and its first rows.
enum DatasetTables {
    static func summaryTable(_ data: Dataset, test: Dataset?, source: String) -> ResultTable {
        var rows: [[String]] = [["training samples", NumberFormat.integer(data.sampleCount)]]
        if let test { rows.append(["test samples", NumberFormat.integer(test.sampleCount)]) }
        rows.append(["inputs", "\(data.featureCount) (\(data.featureNames.joined(separator: ", ")))"])
        if let classes = data.classCount {
            let names = data.classNames ?? []
            rows.append(["classes", "\(classes) (\(names.joined(separator: ", ")))"])
        } else {
            rows.append(["targets", "\(data.targetCount) (\(data.targetNames.joined(separator: ", ")))"])
        }
        return ResultTable(caption: "Data from `\(source)`", columns: [.init("", numeric: false), .init("", numeric: false)], rows: rows)
    }

    /// The first rows of the data, so readers see what the numbers look like.
    static func previewTable(_ data: Dataset) -> ResultTable {
        let shown = min(data.sampleCount, 8)
        var columns = data.featureNames.map { ResultTable.Column("`\($0)`") }
        columns += data.targetNames.map { ResultTable.Column("`\($0)`") }
        var rows: [[String]] = []
        for row in 0..<shown {
            var cells = (0..<data.featureCount).map { NumberFormat.fixed(data.x[row, $0], digits: 4) }
            cells += (0..<data.targetCount).map { column -> String in
                let value = data.y[row, column]
                if data.classCount != nil, data.targetCount == 1, let names = data.classNames, Int(value) < names.count {
                    return names[Int(value)]
                }
                return NumberFormat.fixed(value, digits: 4)
            }
            rows.append(cells)
        }
        let more = data.sampleCount - shown
        return ResultTable(
            caption: shown == data.sampleCount ? "All samples" : "The first \(shown) samples",
            columns: columns, rows: rows,
            footnote: more > 0 ? "… and \(NumberFormat.integer(more)) more" : nil)
    }
}
