import Markup

/// A table styled by `style=""` attributes only (``InlineStyle``): caption, optional
/// headings, rows of text; numeric columns are right-aligned.
struct LMSTable {
    var caption: [Node]
    /// Column titles and whether the column holds numbers; empty for no heading row.
    var headings: [(title: String, numeric: Bool)]
    var rows: [[String]]
    /// Right-align every cell (a matrix).
    var allNumeric = false

    var node: Node {
        var children: [Node] = []
        if !caption.isEmpty { children.append(.element("caption", ["style": InlineStyle.caption], caption)) }
        if !headings.isEmpty {
            children.append(.element("thead", [:], [.element("tr", [:], headings.map { heading in
                .element("th", ["scope": "col", "style": InlineStyle.cell(numeric: heading.numeric)], text: PlainText.from(heading.title))
            })]))
        }
        children.append(.element("tbody", [:], rows.map { row in
            .element("tr", [:], row.enumerated().map { column, text in
                let numeric = allNumeric || (column < headings.count && headings[column].numeric)
                return .element("td", ["style": InlineStyle.cell(numeric: numeric)], text: text)
            })
        }))
        return .element("table", ["style": InlineStyle.table], children)
    }
}
