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
            Heading.node(level: 2, text: evil, anchor: "a"),
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

    @Test func numbersHaveFixedPrecisionAndNoNegativeZero() {
        #expect(NumberStyle.fixed(4).format(0.12345) == "0.1235")
        #expect(NumberStyle.fixed(4).format(-0.00001) == "0.0000")
        #expect(NumberStyle.fixed(2).format(-3) == "-3.00")
        #expect(NumberStyle.integer.format(1999.5) == "2000")
        #expect(NumberStyle.significant(4).format(0.69314718) == "0.6931")
        #expect(NumberStyle.significant(4).format(1.23456e-8) == "1.235e-8")
        #expect(NumberStyle.significant(3).format(9.9999e-9) == "1e-8")
        #expect(NumberStyle.significant(4).format(250_000) == "2.5e5")
        #expect(NumberStyle.significant(4).format(.nan) == "NaN")
        #expect(NumberStyle.fixed(2).format(-.infinity) == "-∞")
    }

    @Test func matrixTableShowsNameShapeAndIndices() {
        let text = html(MatrixTable(name: "W₁", values: [[1, -2, 0.5], [0, 0.25, -0.125]], precision: 3).node)
        #expect(text.contains("<caption>W₁ (2×3)</caption>"))
        #expect(text.contains("<th scope=\"row\" class=\"nb-num\">2</th><td class=\"nb-num\">0.000</td><td class=\"nb-num\">0.250</td><td class=\"nb-num\">-0.125</td>"))
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

    @Test func layerTablesUseSubscripts() {
        let nodes = MatrixTable.layer(number: 12, weights: [[1]], bias: [2])
        #expect(html(nodes[0]).contains("<caption>W₁₂ (1×1)</caption>"))
        #expect(html(nodes[1]).contains("<caption>b₁₂ (1)</caption>"))
    }

    @Test func weightTablesNumberTheLayers() {
        let text = html(WeightTables(caption: [.text("After training.")], layers: [
            .init(weights: [[1, 2]], bias: [0, 1]), .init(weights: [[3], [4]], bias: [5]),
        ], precision: 1).node)
        #expect(text.hasPrefix("<div class=\"nb-weights\">\n<p class=\"nb-caption\">After training.</p>"))
        let captions = text.components(separatedBy: "<caption>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(captions == ["W₁ (1×2)", "b₁ (2)", "W₂ (2×1)", "b₂ (1)"])
    }

    @Test func trainingLogKeepsFirstAndLastRows() {
        let table = TrainingLogTable.losses(epochs: Array(1...100), losses: (1...100).map { 1 / Double($0) })
        let text = html(table.node)
        #expect(text.contains("<caption>Training log (the first 12 and last 12 of 100 rows)</caption>"))
        #expect(text.contains("<td class=\"nb-num\">100</td><td class=\"nb-num\">0.01</td>"))
        #expect(!text.contains("<td class=\"nb-num\">50</td>"))
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

    @Test func headingCarriesItsAnchor() {
        #expect(html(Heading.node(level: 2, text: "The data", anchor: "the-data"))
            == "<h2 id=\"the-data\">The data <a class=\"nb-anchor\" href=\"#the-data\" aria-label=\"Link to this section\">#</a></h2>\n")
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
