import Numerals
import NeuralEngine

/// The tables a `{dataset}` step shows: what the data is, and its first rows.
enum DatasetTables {
    static func summaryTable(_ data: Dataset, test: Dataset?, source: String) -> ResultTable {
        var rows: [[Cell]] = [[.text("training samples"), .integer(data.sampleCount)]]
        if let test { rows.append([.text("test samples"), .integer(test.sampleCount)]) }
        rows.append([.text("inputs"), .text("\(data.featureCount) (\(data.featureNames.joined(separator: ", ")))")])
        if let classes = data.classCount {
            let names = data.classNames ?? []
            rows.append([.text("classes"), .text("\(classes) (\(names.joined(separator: ", ")))")])
        } else {
            rows.append([.text("targets"), .text("\(data.targetCount) (\(data.targetNames.joined(separator: ", ")))")])
        }
        return ResultTable(caption: "Data from `\(source)`", columns: [.init("", numeric: false), .init("", numeric: false)], rows: rows)
    }

    /// The first rows of the data, so readers see what the numbers look like.
    static func previewTable(_ data: Dataset) -> ResultTable {
        let shown = min(data.sampleCount, 8)
        var columns = data.featureNames.map { ResultTable.Column("`\($0)`") }
        columns += data.targetNames.map { ResultTable.Column("`\($0)`") }
        var rows: [[Cell]] = []
        for row in 0..<shown {
            var cells = (0..<data.featureCount).map { Cell.number(data.x[row, $0], .fixed(4)) }
            cells += (0..<data.targetCount).map { column -> Cell in
                let value = data.y[row, column]
                if data.classCount != nil, data.targetCount == 1, let names = data.classNames, Int(value) < names.count {
                    return .text(names[Int(value)])
                }
                return .number(value, .fixed(4))
            }
            rows.append(cells)
        }
        let more = data.sampleCount - shown
        return ResultTable(
            caption: shown == data.sampleCount ? "All samples" : "The first \(shown) samples",
            columns: columns, rows: rows,
            footnote: more > 0 ? "… and \(NumberStyle.integer.format(more)) more" : nil)
    }
}
