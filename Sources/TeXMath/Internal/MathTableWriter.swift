import Markup

/// Writes a ``MathTable`` as `<mtable>`, aligning cells with inline CSS
/// (browsers ignore `columnalign`).
struct MathTableWriter {
    let table: MathTable

    func element() -> Node {
        let columnCount = table.rows.map(\.count).max() ?? 0
        var rows: [Node] = []
        for (rowIndex, cells) in table.rows.enumerated() {
            var cellNodes: [Node] = []
            for (columnIndex, cell) in cells.enumerated() {
                let style = cellStyle(row: rowIndex, column: columnIndex, columnCount: columnCount)
                let content: [Node]
                if case .row(let children) = cell { content = children.map(MathMLWriter.element) } else { content = [MathMLWriter.element(cell)] }
                cellNodes.append(.element("mtd", attributes: style.isEmpty ? [] : [Attribute("style", style)], content))
            }
            rows.append(.element("mtr", [:], cellNodes))
        }
        return .element("mtable", attributes: table.displayStyle ? [Attribute("displaystyle", "true")] : [], rows)
    }

    /// The CSS of one cell: alignment, the zero gap inside an aligned column
    /// pair, and rules from `\hline` and `|` in an array spec.
    func cellStyle(row: Int, column: Int, columnCount: Int) -> String {
        var declarations: [String] = []
        switch table.alignment(ofColumn: column) {
        case .left: declarations.append("text-align: left")
        case .right: declarations.append("text-align: right")
        case .center: break
        }
        if table.isAlignment {
            if column.isMultiple(of: 2) {
                declarations.append("padding-right: 0")
                if column > 0 { declarations.append("padding-left: 1em") }
            } else {
                declarations.append("padding-left: 0")
            }
        }
        if table.trimsOuterPadding {
            if column == 0 { declarations.append("padding-left: 0.15em") }
            if column == columnCount - 1 { declarations.append("padding-right: 0.15em") }
        }
        if table.ruledColumns.contains(column) { declarations.append("border-left: 1px solid") }
        if column == columnCount - 1, table.ruledColumns.contains(columnCount) {
            declarations.append("border-right: 1px solid")
        }
        if table.ruledRows.contains(row) { declarations.append("border-top: 1px solid") }
        if row == table.rows.count - 1, table.ruledRows.contains(table.rows.count) {
            declarations.append("border-bottom: 1px solid")
        }
        return declarations.joined(separator: "; ")
    }
}
