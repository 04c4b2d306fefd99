import Markup

/// The training log: one row per logged epoch (e.g. epoch, loss, accuracy).
///
/// Logs longer than `maxRows` keep their first and last rows around a `⋮` row,
/// so a 10 000-epoch run stays readable; the caption says how many rows are shown.
public struct TrainingLogTable: Sendable {
    public struct Column: Sendable, Equatable {
        public var title: String
        public var style: NumberStyle

        public init(_ title: String, style: NumberStyle) {
            self.title = title
            self.style = style
        }
    }

    /// The caption (may hold math); the elision note is appended to it.
    public var caption: [Node]
    public var columns: [Column]
    public var rows: [[Double]]
    public var maxRows: Int

    public init(caption: [Node], columns: [Column], rows: [[Double]], maxRows: Int = 25) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one value per column")
        precondition(maxRows >= 3)
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.maxRows = maxRows
    }

    public init(caption: String = "Training log", columns: [Column], rows: [[Double]], maxRows: Int = 25) {
        self.init(caption: [.text(caption)], columns: columns, rows: rows, maxRows: maxRows)
    }

    /// The usual log: whole-number epochs and losses to 4 significant digits.
    public static func losses(epochs: [Int], losses: [Double], caption: String = "Training log") -> TrainingLogTable {
        precondition(epochs.count == losses.count)
        return TrainingLogTable(caption: caption, columns: [Column("epoch", style: .integer), Column("loss", style: .significant(4))],
                                rows: zip(epochs, losses).map { [Double($0), $1] })
    }

    public var node: Node {
        let shown = MatrixTable.shown(rows.count, limit: maxRows)
        var captionNodes = caption
        if rows.count > maxRows {
            let head = shown.firstIndex(of: nil)!
            let tail = shown.count - head - 1
            captionNodes.append(.text(" (the first \(head) and last \(tail) of \(rows.count) rows)"))
        }
        let cells: [[Node]] = shown.map { index in
            guard let index else { return columns.map { _ in .text("⋮") } }
            return zip(columns, rows[index]).map { column, value in .text(column.style.format(value)) }
        }
        return Table(caption: captionNodes, columns: columns.map { TableColumn.number($0.title) }, rows: cells).node
            .addingClass("nb-log")
    }
}
