import Markup
import Testing
@testable import HTMLReport

@Suite struct BuildingBlockTests {
    func html(_ node: Node) -> String { MarkupWriter(dialect: .html).render(node) }

    @Test func tableAlignsNumbersRight() {
        let table = Table(caption: "Log", columns: [TableColumn("name"), .number("value")], textRows: [["a", "1.5"]])
        #expect(html(table.node) == """
        <div class="nb-table-wrap" tabindex="0">
        <table>
        <caption>Log</caption><thead>
        <tr>
        <th scope="col">name</th><th scope="col" class="nb-num">value</th></tr>
        </thead>
        <tbody>
        <tr>
        <td>a</td><td class="nb-num">1.5</td></tr>
        </tbody>
        </table>
        </div>

        """)
    }

    @Test func everyUserStringIsEscaped() {
        let evil = "<script>alert(1)</script>&"
        let pieces: [Node] = [
            Table(caption: evil, columns: [TableColumn(evil)], textRows: [[evil]]).node,
            Figure(number: 1, id: "f1", svg: .element("svg"), caption: [.text(evil)], fileHref: "a\"b.svg").node,
            StepSourceBlock(stepName: evil, source: evil, summary: evil).node,
            Callout(kind: .warning, title: evil, body: [.text(evil)]).node,
            ResultCards([.init(label: evil, value: evil, detail: evil)]).node,
            MatrixTable(name: evil, values: [[1]]).node,
        ]
        for piece in pieces {
            let text = html(piece)
            #expect(!text.contains("<script"), "\(text)")
            #expect(text.contains("&lt;script&gt;") || text.contains("a&quot;b.svg"))
        }
        let page = ReportPage(title: evil, subtitle: evil, author: evil, date: evil, body: [],
                              tableOfContents: [TableOfContentsEntry(level: 2, text: evil, anchor: "x")], footer: [.text(evil)])
        #expect(!page.html(.document).contains("<script"))
        #expect(page.html(.document).contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;&amp;</title>"))
    }

    @Test func matrixTableShowsNameShapeAndIndices() {
        let text = html(MatrixTable(name: "W₁", values: [[1, -2, 0.5], [0, 0.25, -0.125]], precision: 3).node)
        #expect(text.contains("<caption>W₁ (2×3)</caption>"))
        #expect(text.contains("<th scope=\"row\" class=\"nb-num\">2</th><td class=\"nb-num\">0.000</td><td class=\"nb-num\">0.250</td><td class=\"nb-num\">−0.125</td>"))
        #expect(text.hasPrefix("<div class=\"nb-table-wrap nb-matrix\" tabindex=\"0\">"))
    }

    @Test func largeMatricesAreElided() {
        let values = (0..<784).map { row in (0..<16).map { Double(row * 16 + $0) } }
        let text = html(MatrixTable(name: "W₁", values: values, precision: 1).node)
        #expect(text.contains("<caption>W₁ (784×16), showing 11 of 784 rows and 9 of 16 columns</caption>"))
        #expect(text.contains(">⋮</th>"))
        #expect(text.contains(">12543.0</td>")) // the last value, 783·16 + 15
        #expect(text.components(separatedBy: "<tr>").count - 1 == 13) // header + 11 rows + the ⋮ row
    }

    @Test func figureHasNumberCaptionAndFileLink() {
        let figure = Figure(number: 2, id: "fig-2", svg: .element("svg", ["viewBox": "0 0 1 1"]),
                            caption: [.text("Loss per epoch")], fileHref: "xor/fig-2.svg")
        #expect(html(figure.node) == """
        <figure id="fig-2" class="nb-figure">
        <svg viewBox="0 0 1 1"/>
        <figcaption>
        <span class="nb-figure-number">Figure 2.</span> Loss per epoch <a class="nb-figure-link" href="xor/fig-2.svg">(SVG file)</a></figcaption>
        </figure>

        """)
    }

    @Test func stepSourceIsCollapsible() {
        #expect(html(StepSourceBlock(stepName: "{train}", source: "epochs: 10\n", summary: "10 epochs").node) == """
        <details class="nb-source">
        <summary>
        <code class="nb-step">{train}</code> <span>10 epochs</span></summary>
        <pre><code>epochs: 10
        </code></pre>
        </details>

        """)
    }

    @Test func calloutSaysItsKindInWords() {
        #expect(html(Callout(kind: .error, title: "gradient check failed", body: []).node)
            == "<div class=\"nb-callout nb-callout-error\" role=\"note\">\n<p class=\"nb-callout-title\">\n<strong>Error:</strong> gradient check failed</p>\n</div>\n")
    }

    @Test func tableOfContentsNests() throws {
        let node = try #require(TableOfContents.node([
            .init(level: 2, text: "A", anchor: "a"), .init(level: 3, text: "A.1", anchor: "a-1"),
            .init(level: 3, text: "A.2", anchor: "a-2"), .init(level: 2, text: "B", anchor: "b"),
        ]))
        let text = html(node)
        #expect(text.contains("<li>\n<a href=\"#a\">A</a><ol>\n<li>\n<a href=\"#a-1\">A.1</a></li>\n<li>\n<a href=\"#a-2\">A.2</a></li>\n</ol>\n</li>\n<li>\n<a href=\"#b\">B</a></li>"))
    }
}
