import HTMLReport
import Markup
import NotebookKit
import Numerals
import SVGPlot

/// A document's content as HTML nodes — prose with its formulas typeset as MathML,
/// each step's source and results, the parameters of the run — with the figure files
/// the content links to. Every HTML-based renderer shares it: the standalone page
/// (``HTMLPageRenderer``) wraps it in a page; an LMS fragment would wrap it otherwise.
public struct HTMLContentRenderer {
    /// What ``render(_:layout:)`` produced.
    public struct Content: Sendable {
        public var body: [Node]
        /// The prose's level-2 and level-3 headings.
        public var tableOfContents: [TableOfContentsEntry]
        /// Each figure as a standalone SVG file, where the body links to it.
        public var files: [OutputFile]
        /// Formulas that could not be typeset, at their place in the notebook.
        public var warnings: [Diagnostic]
    }

    /// Strip raw HTML from inline Markdown (captions), as from prose.
    public var safe: Bool
    private var math = MathTypesetter()

    public init(safe: Bool = false, phaseTimes: PhaseTimes? = nil) {
        self.safe = safe
        math.phaseTimes = phaseTimes
    }

    public mutating func render(_ document: NotebookDocument, layout: OutputLayout) throws(Diagnostic) -> Content {
        var files: [OutputFile] = []
        let stem = document.metadata.stem
        var body: [Node] = []
        for block in document.blocks {
            switch block {
            case .prose(let prose):
                body.append(.fragment(ProseNodes.nodes(prose.pieces) { math.typeset($0) }))
            case .step(let step):
                body.append(try stepNode(step, stem: stem, layout: layout, files: &files))
            }
        }
        body.append(parametersNode(document.run))
        let contents = document.headings.filter { $0.level >= 2 && $0.level <= 3 }
            .map { TableOfContentsEntry(level: $0.level, text: $0.text, anchor: $0.anchor) }
        let warnings = math.warnings
        math.clearWarnings()
        return Content(body: body, tableOfContents: contents, files: files, warnings: warnings)
    }

    /// A step: its source, collapsed, then its results.
    private mutating func stepNode(_ step: StepBlock, stem: String, layout: OutputLayout, files: inout [OutputFile]) throws(Diagnostic) -> Node {
        let source = StepSourceBlock(stepName: "{\(step.name)}", source: step.source, summary: "line \(step.location.line)")
        var children: [Node] = [source.node]
        for part in step.results {
            children.append(try node(for: part, at: step.location, stem: stem, layout: layout, files: &files))
        }
        return .element("section", ["class": "nb-step nb-step-\(Slug.make(step.name))"], children)
    }

    private mutating func node(for part: ResultPart, at stepLocation: SourceLocation, stem: String, layout: OutputLayout,
                               files: inout [OutputFile]) throws(Diagnostic) -> Node {
        func inline(_ markdown: InlineMarkdown) throws(Diagnostic) -> [Node] {
            try self.inline(markdown, at: stepLocation)
        }
        switch part {
        case .table(let table):
            let columns = table.columns.map { TableColumn(PlainText.from($0.title), alignment: $0.numeric ? .right : .left) }
            let view = Table(caption: try table.caption.map { markdown throws(Diagnostic) in try inline(markdown) } ?? [], columns: columns,
                             rows: table.rows.map { $0.map { Node.text(Self.text(of: $0)) } })
            guard let footnote = table.footnote else { return view.node }
            return .fragment([view.node, .element("p", ["class": "nb-table-note"], try inline(footnote))])
        case .matrix(let matrix):
            let values = (0..<matrix.rows).map { row in Array(matrix.values[(row * matrix.columns)..<((row + 1) * matrix.columns)]) }
            let table = MatrixTable(name: PlainText.from("$" + matrix.texName + "$"), shape: "\(matrix.rows)×\(matrix.columns)",
                                    values: values, precision: matrix.precision)
            guard let description = matrix.description else { return table.node }
            return .element("div", ["class": "nb-matrix"], [table.node, .element("p", ["class": "nb-table-note"], try inline(description))])
        case .figure(let figure):
            let fileName = layout.figurePath(stem: stem, number: figure.number, slug: figure.slug)
            files.append(OutputFile(relativePath: fileName, bytes: Array(SVGDocument.standalone(figure.svg).utf8)))
            return Figure(number: figure.number, id: "fig\(figure.number)", svg: figure.svg,
                          caption: try figure.caption.map { markdown throws(Diagnostic) in try inline(markdown) } ?? [.text(figure.alternative)], fileHref: fileName).node
        case .metrics(let metrics):
            return ResultCards(metrics.map { metric in
                ResultCards.Card(label: PlainText.from(metric.label),
                                 value: Self.text(of: metric.value) + (metric.detail.map { " " + $0 } ?? ""))
            }).node
        case .callout(let callout):
            let kind: HTMLReport.Callout.Kind = switch callout.kind {
            case .error: .error
            case .warning: .warning
            case .note: .note
            case .success: .success
            }
            return HTMLReport.Callout(kind: kind, title: "", body: [.element("p", [:], try inline(callout.text))]).node
        case .text(let text):
            return .element("p", ["class": "nb-step-text"], try inline(text))
        }
    }

    /// A cell as text: numbers in their style (NumberStyle's rules), text as it is.
    static func text(of cell: Cell) -> String {
        switch cell {
        case .number(let value, let style): style.format(value)
        case .text(let text): text
        case .missing: "—"
        }
    }

    /// Inline Markdown (with math) as nodes, parsed at its place in the notebook (text
    /// nbrun wrote itself is placed at its step).
    private mutating func inline(_ markdown: InlineMarkdown, at stepLocation: SourceLocation) throws(Diagnostic) -> [Node] {
        let parser = NotebookParser(options: .init(safe: safe))
        let pieces = try parser.renderInline(markdown.text, at: markdown.location ?? stepLocation)
        return ProseNodes.nodes(pieces) { math.typeset($0) }
    }

    /// The parameters the run used, and where each came from.
    private func parametersNode(_ run: RunRecord) -> Node {
        let table = Table(caption: "Parameters of this run", columns: [TableColumn("name"), TableColumn("value"), TableColumn("set by")],
                          textRows: run.parameterRows)
        return .element("section", ["class": "nb-run-parameters"], [table.node])
    }
}
