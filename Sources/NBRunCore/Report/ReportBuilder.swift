import Foundation
import HTMLReport
import Markup
import NotebookKit
import SVGPlot
import TeXMath

/// Builds a notebook's report from its prose and its steps' results: the one
/// place that knows both the notebook and the page. Figures are inlined and also
/// listed as files beside the report.
struct ReportBuilder {
    let notebook: Notebook
    let context: RunContext
    let configuration: RunConfiguration
    private var math = MathTypesetter()
    private var files: [OutputFile] = []

    init(notebook: Notebook, context: RunContext, configuration: RunConfiguration, phaseTimes: PhaseTimes? = nil) {
        self.notebook = notebook
        self.context = context
        self.configuration = configuration
        math.phaseTimes = phaseTimes
    }

    var warnings: [Diagnostic] { math.warnings }

    var title: String {
        notebook.frontMatter.title ?? context.stem
    }

    mutating func build(_ sections: [ReportSection]) throws(Diagnostic) -> RenderedNotebook {
        var body: [Node] = []
        var contents: [TableOfContentsEntry] = []
        for section in sections {
            switch section {
            case .prose(let prose):
                body.append(.fragment(prose.pieces.map { piece in
                    switch piece {
                    case .html(let html): .raw(html)
                    case .math(let span): math.typeset(span)
                    }
                }))
                for heading in prose.headings where heading.level >= 2 && heading.level <= 3 {
                    contents.append(TableOfContentsEntry(level: heading.level, text: heading.text, anchor: heading.anchor))
                }
            case .step(let step, let parts):
                body.append(stepNode(step, parts))
            }
        }
        body.append(parametersNode())
        var css = [MathStylesheet.css]
        if let fontPath = configuration.mathFontPath {
            css.append(try fontFace(fontPath))
        }
        let footer: [Node] = [.text("Rendered by nbrun \(nbrunVersion) from \(notebook.source.path). No scripts and no network: everything is in this file.")]
        let page = ReportPage(
            title: title, subtitle: notebook.frontMatter.subtitle ?? "", author: notebook.frontMatter.author ?? "",
            date: notebook.frontMatter.date ?? "", body: body, tableOfContents: contents, extraCSS: css, footer: footer)
        let html = page.html(configuration.fragment ? .fragment : .document)
        let reportPath = context.stem + ".html"
        var all = [OutputFile(relativePath: reportPath, bytes: Array(html.utf8))]
        all += files
        all += context.files
        return RenderedNotebook(title: title, description: notebook.frontMatter.description, reportPath: reportPath, files: all)
    }

    /// A step: its source, collapsed, then its results.
    private mutating func stepNode(_ step: Step, _ parts: [ResultPart]) -> Node {
        let source = StepSourceBlock(stepName: "{\(step.name)}", source: step.source, summary: "line \(step.location.line)")
        var children: [Node] = [source.node]
        for part in parts {
            children.append(node(for: part))
        }
        return .element("section", ["class": "nb-step nb-step-\(Slug.make(step.name))"], children)
    }

    private mutating func node(for part: ResultPart) -> Node {
        switch part {
        case .table(let table):
            let columns = table.columns.map { TableColumn(PlainText.from($0.title), alignment: $0.numeric ? .right : .left) }
            let view = Table(caption: table.caption.map { inline($0) } ?? [], columns: columns,
                             rows: table.rows.map { $0.map(Node.text) })
            guard let footnote = table.footnote else { return view.node }
            return .fragment([view.node, .element("p", ["class": "nb-table-note"], inline(footnote))])
        case .matrix(let matrix):
            let values = (0..<matrix.rows).map { row in Array(matrix.values[(row * matrix.columns)..<((row + 1) * matrix.columns)]) }
            let table = MatrixTable(name: PlainText.from("$" + matrix.texName + "$"), shape: "\(matrix.rows)×\(matrix.columns)",
                                    values: values, precision: matrix.precision)
            guard let description = matrix.description else { return table.node }
            return .element("div", ["class": "nb-matrix"], [table.node, .element("p", ["class": "nb-table-note"], inline(description))])
        case .figure(let figure):
            let fileName = "\(context.stem)/figure-\(figure.number)-\(figure.slug).svg"
            files.append(OutputFile(relativePath: fileName, bytes: Array(SVGDocument.standalone(figure.svg).utf8)))
            return Figure(number: figure.number, id: "fig\(figure.number)", svg: figure.svg,
                          caption: figure.caption.map { inline($0) } ?? [.text(figure.alternative)], fileHref: fileName).node
        case .metrics(let metrics):
            return ResultCards(metrics.map { ResultCards.Card(label: PlainText.from($0.label), value: $0.value) }).node
        case .callout(let callout):
            let kind: HTMLReport.Callout.Kind = switch callout.kind {
            case .error: .error
            case .warning: .warning
            case .note, .success: .note
            }
            return HTMLReport.Callout(kind: kind, title: "", body: [.element("p", [:], inline(callout.text))]).node
        case .text(let text):
            return .element("p", ["class": "nb-step-text"], inline(text))
        }
    }

    /// Inline Markdown (with math) as nodes.
    private mutating func inline(_ markdown: String) -> [Node] {
        let location = SourceLocation(path: notebook.source.path, line: 1, column: 1)
        guard let pieces = try? NotebookParser(options: .init(safe: configuration.safe)).renderInline(markdown, at: location) else {
            return [.text(markdown)]
        }
        return pieces.map { piece in
            switch piece {
            case .html(let html): .raw(html)
            case .math(let span): math.typeset(span)
            }
        }
    }

    /// The parameters the run used, and where each came from.
    private mutating func parametersNode() -> Node {
        let parameters = context.parameters
        var rows: [[String]] = []
        for name in parameters.order {
            guard let entry = parameters.entries[name] else { continue }
            rows.append([name, entry.value, entry.location.map { "front matter, line \($0.line)" } ?? "command line (--set)"])
        }
        let seed = configuration.seed ?? notebook.frontMatter.seed ?? 0
        rows.append(["random stream", "\(notebook.frontMatter.rng ?? "default") generator, seed \(seed)",
                     configuration.seed != nil ? "command line (--seed)" : (notebook.frontMatter.seed != nil ? "front matter" : "default")])
        let table = Table(caption: "Parameters of this run", columns: [TableColumn("name"), TableColumn("value"), TableColumn("set by")],
                          textRows: rows)
        return .element("section", ["class": "nb-run-parameters"], [table.node])
    }

    private func fontFace(_ path: String) throws(Diagnostic) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("--math-font: cannot read '\(path)'", at: SourceLocation(path: notebook.source.path, line: 1, column: 1))
        }
        let format = path.lowercased().hasSuffix(".woff2") ? "woff2" : (path.lowercased().hasSuffix(".woff") ? "woff" : "opentype")
        return MathStylesheet.fontFace(embedding: Array(data), format: format)
    }
}

/// The version printed by `--version` and in report footers.
public let nbrunVersion = "0.1.0"
