import Markup
import Numerals

/// A weight matrix or bias vector as a table: caption "W₁ (2×3)", column headings
/// `1…n` (output neuron j), row headings `1…m` (input neuron i), values at a fixed
/// precision (``NumberStyle/fixed(_:)``, true minus signs). Matrices larger than `maxRows × maxColumns` show their first and last
/// rows/columns around a `⋮` / `⋯` and say so in the caption.
public struct MatrixTable: Sendable {
    public var name: String
    /// E.g. "2×3"; when nil it is computed from `values`.
    public var shape: String?
    public var values: [[Double]]
    public var precision: Int
    public var maxRows: Int
    public var maxColumns: Int

    public init(name: String, shape: String? = nil, values: [[Double]], precision: Int = 4, maxRows: Int = 12, maxColumns: Int = 10) {
        precondition(values.allSatisfy { $0.count == values.first?.count }, "a matrix needs rows of equal length")
        precondition(maxRows >= 3 && maxColumns >= 3)
        self.name = name
        self.shape = shape
        self.values = values
        self.precision = precision
        self.maxRows = maxRows
        self.maxColumns = maxColumns
    }

    /// Indices shown out of `count`: all, or the first and last few around one `nil` gap.
    static func shown(_ count: Int, limit: Int) -> [Int?] {
        guard count > limit else { return (0..<count).map { $0 } }
        let head = (limit - 1) / 2 + (limit - 1) % 2
        let tail = limit - 1 - head
        return (0..<head).map { $0 } + [nil] + ((count - tail)..<count).map { $0 }
    }

    public var node: Node {
        let rowCount = values.count
        let columnCount = values.first?.count ?? 0
        let rowsShown = Self.shown(rowCount, limit: maxRows)
        let columnsShown = Self.shown(columnCount, limit: maxColumns)
        var caption = name + " (" + (shape ?? "\(rowCount)×\(columnCount)") + ")"
        if rowCount > maxRows || columnCount > maxColumns {
            caption += ", showing \(rowsShown.compactMap { $0 }.count) of \(rowCount) rows"
                + " and \(columnsShown.compactMap { $0 }.count) of \(columnCount) columns"
        }
        let isVector = rowCount == 1
        var columns = isVector ? [] : [TableColumn("i \\ j", alignment: .right)]
        columns += columnsShown.map { TableColumn.number($0.map { String($0 + 1) } ?? "⋯") }
        let style = NumberStyle.fixed(precision)
        let rows: [[Node]] = rowsShown.map { row in
            var cells: [Node] = isVector ? [] : [.text(row.map { String($0 + 1) } ?? "⋮")]
            cells += columnsShown.map { column in
                guard let row else { return .text("⋮") }
                guard let column else { return .text("⋯") }
                return .text(style.format(values[row][column]))
            }
            return cells
        }
        return Table(caption: [.text(caption)], columns: columns, rows: rows, firstColumnIsHeader: !isVector).node
            .addingClass("nb-matrix")
    }
}

extension Node {
    /// The same element with `name` appended to its `class` attribute.
    func addingClass(_ name: String) -> Node {
        guard case .element(var element) = self else { return self }
        if let index = element.attributes.firstIndex(where: { $0.name == "class" }) {
            element.attributes[index].value += " " + name
        } else {
            element.attributes.append(Attribute("class", name))
        }
        return .element(element)
    }
}
