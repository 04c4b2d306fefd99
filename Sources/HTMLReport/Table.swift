import Markup

/// How a column's cells are aligned. Numbers are right-aligned (with tabular figures).
public enum ColumnAlignment: Sendable, Equatable {
    case left, right, center

    var className: String? {
        switch self {
        case .left: return nil
        case .right: return "nb-num"
        case .center: return "nb-center"
        }
    }
}

/// A column heading and the alignment of the column's cells.
public struct TableColumn: Sendable, Equatable {
    public var title: String
    public var alignment: ColumnAlignment

    public init(_ title: String, alignment: ColumnAlignment = .left) {
        self.title = title
        self.alignment = alignment
    }

    /// A right-aligned column of numbers.
    public static func number(_ title: String) -> TableColumn {
        TableColumn(title, alignment: .right)
    }
}

/// A data table with a caption, column headings and rows of cells:
/// `<div class="nb-table-wrap" tabindex="0"><table>…</table></div>` (the wrapper scrolls wide
/// tables sideways instead of widening the page; `tabindex` lets a keyboard scroll it too).
public struct Table: Sendable, Equatable {
    public var caption: [Node]
    public var columns: [TableColumn]
    public var rows: [[Node]]
    /// When true, the first cell of each row is a row heading (`<th scope="row">`).
    public var firstColumnIsHeader: Bool
    public var id: String?

    /// - Precondition: every row has one cell per column.
    public init(caption: [Node], columns: [TableColumn], rows: [[Node]], firstColumnIsHeader: Bool = false, id: String? = nil) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one cell per column")
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.firstColumnIsHeader = firstColumnIsHeader
        self.id = id
    }

    /// A table of plain-text cells.
    public init(caption: String, columns: [TableColumn], textRows: [[String]], firstColumnIsHeader: Bool = false, id: String? = nil) {
        self.init(caption: caption.isEmpty ? [] : [.text(caption)], columns: columns,
                  rows: textRows.map { $0.map(Node.text) }, firstColumnIsHeader: firstColumnIsHeader, id: id)
    }

    public var node: Node {
        var tableChildren: [Node] = []
        if !caption.isEmpty { tableChildren.append(.element("caption", [:], caption)) }
        let headings = columns.map { column in
            Node.element("th", attributes: [Attribute("scope", "col")] + classAttribute(column.alignment), [.text(column.title)])
        }
        tableChildren.append(.element("thead", [:], [.element("tr", [:], headings)]))
        let body = rows.map { row in
            Node.element("tr", [:], row.enumerated().map { index, cell in
                let alignment = classAttribute(columns[index].alignment)
                if index == 0 && firstColumnIsHeader {
                    return .element("th", attributes: [Attribute("scope", "row")] + alignment, [cell])
                }
                return .element("td", attributes: alignment, [cell])
            })
        }
        tableChildren.append(.element("tbody", [:], body))
        var attributes: [Attribute] = []
        if let id { attributes.append(Attribute("id", id)) }
        return .element("div", ["class": "nb-table-wrap", "tabindex": "0"], [.element("table", attributes: attributes, tableChildren)])
    }

    private func classAttribute(_ alignment: ColumnAlignment) -> [Attribute] {
        alignment.className.map { [Attribute("class", $0)] } ?? []
    }
}
