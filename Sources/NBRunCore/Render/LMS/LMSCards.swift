import Markup

/// Key results (final loss, accuracy…) as a two-row table: labels above values. Both
/// platforms keep tables, where a `dl` of `div`-wrapped `dt`/`dd` pairs is broken apart
/// by Moodle's purifier and Canvas's editor.
struct LMSCards {
    var metrics: [Metric]

    init(_ metrics: [Metric]) {
        self.metrics = metrics
    }

    var node: Node {
        let labels = metrics.map { Node.element("th", ["scope": "col", "style": InlineStyle.cardLabel], text: PlainText.from($0.label)) }
        let values = metrics.map { metric -> Node in
            var children: [Node] = [.element("strong", [:], text: HTMLContentRenderer.text(of: metric.value))]
            if let detail = metric.detail {
                children += [.element("br"), .element("span", ["style": InlineStyle.cardDetail], text: detail)]
            }
            return .element("td", ["style": InlineStyle.cardValue], children)
        }
        return .element("table", ["style": InlineStyle.table], [
            .element("thead", [:], [.element("tr", [:], labels)]),
            .element("tbody", [:], [.element("tr", [:], values)]),
        ])
    }
}
